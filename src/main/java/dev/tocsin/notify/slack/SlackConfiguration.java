package dev.tocsin.notify.slack;

import dev.tocsin.incident.Incidents;
import dev.tocsin.notify.http.GuardedHttpClient;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class SlackConfiguration {

    /** Always present: each incoming webhook URL is its own credential. */
    @Bean
    SlackWebhookChannel slackWebhookChannel(GuardedHttpClient http) {
        return new SlackWebhookChannel(http);
    }

    /** Incident channels need the Slack app's bot token. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "tocsin.slack", name = "bot-token")
    @EnableConfigurationProperties(SlackProperties.class)
    static class SlackBot {

        @Bean
        SlackApi slackApi(GuardedHttpClient http, SlackProperties slack) {
            return new SlackApi(http, slack.apiUrl(), slack.botToken());
        }

        @Bean
        SlackIncidentChannels slackIncidentChannels(SlackApi api, JdbcClient jdbc, Clock clock, SlackProperties slack,
                PlatformTransactionManager transactions) {
            TransactionTemplate ownTransaction = new TransactionTemplate(transactions);
            ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            return new SlackIncidentChannels(api, new SlackIncidentThreads(jdbc, clock, ownTransaction),
                    slack.incidentChannelSeverities());
        }

        @Bean
        SlackIncidentListener slackIncidentListener(SlackIncidentChannels channels, Incidents incidents) {
            return new SlackIncidentListener(channels, incidents);
        }
    }
}
