package dev.tocsin.alert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A system that stops pinging opens an incident; its next ping resolves it. The scheduled check
 * may also run during a test, so the test asserts what exists, not who raised it.
 */
abstract class HeartbeatScenario extends TocsinTest {

    @Autowired
    Heartbeats heartbeats;

    @Test
    void a_quiet_heartbeat_opens_one_incident_and_the_next_ping_resolves_it() {
        String name = "nightly-sync-" + UUID.randomUUID().toString().substring(0, 6);
        Response created = api().post("/api/v1/heartbeats",
                "{\"service\": \"crm-worker\", \"name\": \"" + name + "\", \"interval\": \"PT5M\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String key = created.text("key");

        assertThat(api(null).postAuthorized("/api/v1/heartbeats/" + key, "", null).status()).isEqualTo(202);
        clock.advance(Duration.ofMinutes(4));
        heartbeats.raiseOverdue();
        assertThat(incidentsFor(name)).isEmpty();

        clock.advance(Duration.ofMinutes(2));
        heartbeats.raiseOverdue();
        heartbeats.raiseOverdue();
        List<JsonNode> raised = incidentsFor(name);
        assertThat(raised).singleElement().satisfies(incident -> {
            assertThat(incident.path("severity").asString()).isEqualTo("P2");
            assertThat(incident.path("status").asString()).isEqualTo("triggered");
        });

        Response ping = api(null).postAuthorized("/api/v1/heartbeats/" + key, "", null);
        assertThat(ping.status()).isEqualTo(202);
        assertThat(ping.json().path("overdue").asBoolean()).isFalse();
        assertThat(api().get("/api/v1/incidents/" + raised.getFirst().path("number").asString()).text("status"))
                .isEqualTo("resolved");
    }

    @Test
    void unknown_keys_and_too_short_intervals_are_refused() {
        assertThat(api(null).postAuthorized("/api/v1/heartbeats/nope-0123456789abcdef", "", null).status())
                .isEqualTo(404);
        assertThat(api().post("/api/v1/heartbeats", "{\"service\": \"crm-worker\", \"name\": \"x\", \"interval\": \"PT5S\"}")
                .status()).isEqualTo(422);
        assertThat(api().post("/api/v1/heartbeats", "{\"service\": \"nope\", \"name\": \"x\", \"interval\": \"PT5M\"}")
                .status()).isEqualTo(422);
    }

    private List<JsonNode> incidentsFor(String heartbeat) {
        return StreamSupport.stream(api().get("/api/v1/incidents?service=crm-worker&size=100").json().path("items")
                .spliterator(), false).filter(i -> i.path("title").asString().contains(heartbeat)).toList();
    }
}
