package dev.tocsin.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The requests a real Alertmanager 0.25 sent (src/test/resources/alertmanager), replayed byte for
 * byte but for the key: the adapters' contract with the sender they exist for.
 */
class CapturedAlertmanagerPayloadsTest extends TocsinTest {

    @Test
    void the_webhook_notifications_open_and_resolve() {
        String key = integration("portal-redis");
        Response firing = post("/api/v1/integrations/" + key + "/alertmanager", fixture("webhook-firing.json", key), null);
        assertThat(firing.status()).isEqualTo(200);
        assertThat(firing.json().path("results").get(0).path("outcome").asString()).isIn("opened", "joined");
        Response resolved = post("/api/v1/integrations/" + key + "/alertmanager", fixture("webhook-resolved.json", key), null);
        assertThat(resolved.json().path("results").get(0).path("outcome").asString()).isEqualTo("resolved");
    }

    @Test
    void the_pagerduty_events_trigger_with_alertmanagers_default_severity_and_resolve() {
        String key = integration("whmcs");
        Response trigger = post("/v2/enqueue", fixture("pagerduty-trigger.json", key), null);
        assertThat(trigger.status()).isEqualTo(202);
        assertThat(trigger.text("dedup_key")).isEqualTo("64f1a68bb97b72a8894b394ebfb6c2ce64a3791c111133ffb71573748d57286f");
        String id = alertIdOf(trigger.text("dedup_key"));
        assertThat(jdbc.sql("SELECT severity FROM alert WHERE id = ?").param(UUID.fromString(id)).query(String.class)
                .single()).as("Alertmanager sends severity 'error' unless configured").isEqualTo("P2");
        assertThat(post("/v2/enqueue", fixture("pagerduty-resolve.json", key), null).status()).isEqualTo(202);
        assertThat(status(id)).isEqualTo("resolved");
    }

    @Test
    void the_opsgenie_create_and_close_work_without_a_priority() {
        String key = integration("freebit");
        assertThat(post("/v2/alerts", fixture("opsgenie-create.json", key), "GenieKey " + key).status()).isEqualTo(202);
        String id = alertIdOf("64f1a68bb97b72a8894b394ebfb6c2ce64a3791c111133ffb71573748d57286f", key);
        assertThat(post("/v2/alerts/64f1a68bb97b72a8894b394ebfb6c2ce64a3791c111133ffb71573748d57286f/close"
                + "?identifierType=alias", fixture("opsgenie-close.json", key), "GenieKey " + key).status()).isEqualTo(202);
        assertThat(status(id)).isEqualTo("resolved");
    }

    private String integration(String service) {
        Response created = api().post("/api/v1/integrations",
                "{\"service\": \"" + service + "\", \"name\": \"captured-" + UUID.randomUUID() + "\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.text("key");
    }

    private String alertIdOf(String dedupKey) {
        return jdbc.sql("SELECT id FROM alert WHERE dedup_key = ? ORDER BY first_seen DESC LIMIT 1").param(dedupKey)
                .query(String.class).single();
    }

    private String alertIdOf(String dedupKey, String integrationKey) {
        return jdbc.sql("SELECT a.id FROM alert a JOIN integration i ON i.id = a.integration_id "
                + "WHERE a.dedup_key = ? AND i.key_hash = ?")
                .params(dedupKey, dev.tocsin.platform.Sha256.hex(integrationKey)).query(String.class).single();
    }

    private String status(String alertId) {
        return jdbc.sql("SELECT status FROM alert WHERE id = ?").param(UUID.fromString(alertId)).query(String.class)
                .single();
    }

    private static String fixture(String name, String key) {
        try {
            return new ClassPathResource("alertmanager/" + name).getContentAsString(StandardCharsets.UTF_8)
                    .replace("tocsin-test-key", key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response post(String path, String body, String authorization) {
        return api(null).postAuthorized(path, body, authorization);
    }
}
