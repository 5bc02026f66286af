package dev.tocsin.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import dev.tocsin.incident.Incidents;
import dev.tocsin.notify.spi.NotificationChannel;
import dev.tocsin.platform.SigningSecrets;
import dev.tocsin.support.TestDatabase;
import dev.tocsin.support.TestDatabases;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/** Which channels exist follows the configuration: webhook, Slack webhook and Teams always, the rest when set up. */
class ChannelBeansTest {

    @Configuration(proxyBeanMethods = false)
    @ComponentScan({"dev.tocsin.notify.http", "dev.tocsin.notify.webhook", "dev.tocsin.notify.teams",
            "dev.tocsin.notify.slack", "dev.tocsin.notify.sms"})
    static class Channels {
    }

    private final TestDatabase db = TestDatabases.h2();

    /**
     * The channels' own needs are real, on an in-memory H2. Incidents stands in only for the Slack
     * incident listener's constructor: these tests build channels and send nothing, and the real one
     * would bring the incident, catalog and identity modules with their security along.
     */
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Channels.class)
            .withBean(JdbcClient.class, () -> JdbcClient.create(db.dataSource()))
            .withBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(db.dataSource()))
            .withBean(SigningSecrets.class)
            .withBean(Incidents.class, () -> mock(Incidents.class))
            .withBean(Clock.class, Clock::systemUTC);

    private static Map<ContactMethodType, String> channels(org.springframework.context.ApplicationContext context) {
        return context.getBeansOfType(NotificationChannel.class).values().stream()
                .collect(Collectors.toMap(NotificationChannel::type, c -> c.getClass().getSimpleName()));
    }

    @Test
    void without_configuration_webhook_slack_webhooks_and_teams_are_there() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(channels(context)).containsOnlyKeys(ContactMethodType.WEBHOOK, ContactMethodType.SLACK,
                    ContactMethodType.TEAMS);
            assertThat(context).doesNotHaveBean("slackIncidentListener");
        });
    }

    @Test
    void a_twilio_account_adds_sms_and_voice_and_a_bot_token_adds_incident_channels() {
        runner.withPropertyValues("tocsin.twilio.account-sid=AC0123", "tocsin.twilio.auth-token=token",
                "tocsin.twilio.from=+15017122661", "tocsin.slack.bot-token=xoxb-1",
                "tocsin.notify.allowed-networks=10.20.0.0/16,fd00::/8",
                "tocsin.notify.webhook.signing-secret=0123456789abcdef0123456789abcdef").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(channels(context)).containsOnlyKeys(ContactMethodType.WEBHOOK, ContactMethodType.SLACK,
                    ContactMethodType.TEAMS, ContactMethodType.SMS, ContactMethodType.VOICE);
            assertThat(context).hasBean("slackIncidentListener");
        });
    }

    @Test
    void mistakes_in_the_configuration_stop_start_up_with_the_key_named() {
        runner.withPropertyValues("tocsin.notify.allowed-networks=intranet.example").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("'intranet.example' is not an address block"));
        runner.withPropertyValues("tocsin.notify.webhook.signing-secret=short").run(context ->
                assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("tocsin.notify.webhook.signing-secret must have at least 32"));
        runner.withPropertyValues("tocsin.twilio.account-sid=AC0123", "tocsin.twilio.auth-token=token",
                "tocsin.twilio.from=015017122661").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("tocsin.twilio.from: '015017122661'"));
    }
}
