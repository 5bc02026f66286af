package dev.tocsin.notify.teams;

import dev.tocsin.notify.http.GuardedHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Always present: each workflow URL is its own credential, nothing server-wide to configure. */
@Configuration(proxyBeanMethods = false)
class TeamsConfiguration {

    @Bean
    TeamsChannel teamsChannel(GuardedHttpClient http) {
        return new TeamsChannel(http);
    }
}
