package dev.tocsin.notify.http;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboundProperties.class)
class OutboundHttpConfiguration {

    /** One pool for every channel; a malformed allowed network stops start-up with the entry named. */
    @Bean(destroyMethod = "close")
    GuardedHttpClient guardedHttpClient(OutboundProperties properties) {
        return new GuardedHttpClient(properties.policy());
    }
}
