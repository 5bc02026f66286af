package dev.tocsin.notify.sms;

import dev.tocsin.notify.http.GuardedHttpClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** SMS and voice exist only with a Twilio account: without one, saving an SMS contact method is refused. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "tocsin.twilio", name = {"account-sid", "auth-token", "from"})
@EnableConfigurationProperties(TwilioProperties.class)
class TwilioConfiguration {

    @Bean
    TwilioApi twilioApi(GuardedHttpClient http, TwilioProperties account) {
        if (PhoneNumbers.problemWith(account.from()).isPresent()) {
            throw new IllegalStateException("tocsin.twilio.from: " + PhoneNumbers.problemWith(account.from()).get());
        }
        return new TwilioApi(http, account);
    }

    @Bean
    SmsChannel smsChannel(TwilioApi twilio) {
        return new SmsChannel(twilio);
    }

    @Bean
    VoiceChannel voiceChannel(TwilioApi twilio) {
        return new VoiceChannel(twilio);
    }
}
