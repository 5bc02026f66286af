package dev.tocsin.notify.sms;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A Twilio account, or any service speaking Twilio's REST API at {@code baseUrl}.
 *
 * @param from the number pages come from, in E.164 ({@code +15017122661})
 */
@ConfigurationProperties("tocsin.twilio")
public record TwilioProperties(URI baseUrl, String accountSid, String authToken, String from) {

    public TwilioProperties {
        baseUrl = baseUrl == null ? URI.create("https://api.twilio.com") : baseUrl;
    }
}
