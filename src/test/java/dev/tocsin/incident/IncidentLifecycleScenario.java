package dev.tocsin.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The seed workflow end to end through the API; runs on H2 and on PostgreSQL. */
abstract class IncidentLifecycleScenario extends TocsinTest {

    /** The database product /health reports, proving which engine the scenario ran on. */
    abstract String database();

    @Test
    void the_scenario_runs_on_the_intended_database() {
        assertThat(api(null).get("/health").json().path("checks").path("database").path("database").asString())
                .isEqualTo(database());
    }

    @Test
    void verify_is_not_fooled_by_entries_appended_while_it_reads() throws Exception {
        String number = api().post("/api/v1/incidents", """
                {"title": "Event processing lag", "severity": "P3", "services": ["crm-events"]}""").text("number");
        var writer = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
        var notes = writer.submit(() -> {
            for (int i = 0; i < 60; i++) {
                api().post("/api/v1/incidents/" + number + "/notes", "{\"text\": \"LLEN crm-events: " + i + "\"}");
            }
        });
        List<String> answers = new java.util.ArrayList<>();
        do {
            answers.add(api().get("/api/v1/incidents/" + number + "/timeline/verify").body());
        } while (!notes.isDone());
        notes.get();
        writer.close();

        assertThat(answers).isNotEmpty().allSatisfy(answer -> assertThat(answer).startsWith("{\"valid\":true"));
        assertThat(api().get("/api/v1/incidents/" + number + "/timeline/verify").body())
                .isEqualTo("{\"valid\":true,\"entries\":61}");
    }

    @Test
    void control_characters_are_refused_before_the_database_sees_them() {
        Response title = api().post("/api/v1/incidents",
                "{\"title\": \"Portal\\u0000down\", \"severity\": \"P1\", \"services\": [\"portal-bff\"]}");
        assertThat(title.status()).isEqualTo(422);
        assertThat(title.text("detail")).contains("control character U+0000");

        String number = api().post("/api/v1/incidents",
                "{\"title\": \"Portal down\", \"severity\": \"P1\", \"services\": [\"portal-bff\"]}").text("number");
        Response note = api().post("/api/v1/incidents/" + number + "/notes", "{\"text\": \"a\\u0000b\"}");
        assertThat(note.status()).isEqualTo(422);
        assertThat(api().get("/api/v1/incidents/" + number + "/timeline").json().size()).isEqualTo(1);
    }

    @Test
    void a_p1_is_declared_acknowledged_worked_resolved_and_closed_with_a_verified_timeline() {
        Instant t0 = Instant.parse("2026-11-23T03:00:00Z");
        clock.set(t0);
        Response declared = api().post("/api/v1/incidents", """
                {"title": "Portal unreachable", "severity": "P1", "services": ["portal-bff"],
                 "detectionSource": "customer_report", "customerImpact": true,
                 "summary": "Customers report the portal is down"}""");

        assertThat(declared.status()).isEqualTo(201);
        JsonNode incident = declared.json();
        String number = incident.path("number").asString();
        assertThat(number).matches("INC-\\d+");
        assertThat(incident.path("status").asString()).isEqualTo("triggered");
        assertThat(incident.path("severity").asString()).isEqualTo("P1");
        assertThat(incident.path("organization").asString()).isEqualTo("customer-portal");
        assertThat(Instant.parse(incident.path("detectedAt").asString())).isEqualTo(t0);
        assertThat(Instant.parse(incident.path("responseDueAt").asString())).isEqualTo(t0.plus(Duration.ofMinutes(15)));

        for (String status : List.of("acknowledged", "investigating", "identified", "monitoring", "resolved", "closed")) {
            clock.advance(Duration.ofMinutes(4));
            Response moved = api().patch("/api/v1/incidents/" + number, "{\"status\": \"" + status + "\"}");
            assertThat(moved.status()).as(status).isEqualTo(200);
            assertThat(moved.text("status")).isEqualTo(status);
        }

        JsonNode closed = api().get("/api/v1/incidents/" + number).json();
        assertThat(Instant.parse(closed.path("acknowledgedAt").asString())).isEqualTo(t0.plus(Duration.ofMinutes(4)));
        assertThat(Instant.parse(closed.path("resolvedAt").asString())).isEqualTo(t0.plus(Duration.ofMinutes(20)));
        assertThat(Instant.parse(closed.path("closedAt").asString())).isEqualTo(t0.plus(Duration.ofMinutes(24)));

        JsonNode timeline = api().get("/api/v1/incidents/" + number + "/timeline").json();
        List<String> kinds = StreamSupport.stream(timeline.spliterator(), false)
                .map(e -> e.path("kind").asString()).toList();
        assertThat(kinds).containsExactly("declared", "status_changed", "status_changed", "status_changed",
                "status_changed", "status_changed", "status_changed");
        JsonNode acknowledgement = timeline.get(1);
        assertThat(acknowledgement.path("actor").asString()).isEqualTo("token:bootstrap-admin");
        assertThat(acknowledgement.path("before").asString()).isEqualTo("triggered");
        assertThat(acknowledgement.path("after").asString()).isEqualTo("acknowledged");
        assertThat(Instant.parse(acknowledgement.path("occurredAt").asString())).isEqualTo(t0.plus(Duration.ofMinutes(4)));
        assertThat(timeline.get(0).path("after").path("responseDueAt").asString()).isEqualTo("2026-11-23T03:15:00Z");

        Response verify = api().get("/api/v1/incidents/" + number + "/timeline/verify");
        assertThat(verify.json().path("valid").asBoolean()).isTrue();
        assertThat(verify.json().path("entries").asInt()).isEqualTo(7);

        Response afterClose = api().patch("/api/v1/incidents/" + number, "{\"status\": \"investigating\"}");
        assertThat(afterClose.status()).isEqualTo(409);
        assertThat(afterClose.contentType()).startsWith("application/problem+json");
        assertThat(afterClose.json().path("status").asInt()).isEqualTo(409);
        assertThat(afterClose.json().path("currentStatus").asString()).isEqualTo("closed");
    }

    @Test
    void an_illegal_move_is_a_409_that_names_the_allowed_moves() {
        String number = api().post("/api/v1/incidents", """
                {"title": "WHMCS API unavailable", "severity": "P2", "services": ["whmcs"]}""").text("number");

        Response illegal = api().patch("/api/v1/incidents/" + number, "{\"status\": \"closed\"}");

        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.json().path("type").asString()).isEqualTo("urn:tocsin:problem:illegal-transition");
        assertThat(illegal.json().path("detail").asString()).contains("from triggered to closed");
        assertThat(illegal.json().path("allowed").toString())
                .isEqualTo("[\"acknowledged\",\"investigating\",\"identified\",\"monitoring\",\"resolved\"]");
        assertThat(api().get("/api/v1/incidents/" + number).text("status")).isEqualTo("triggered");
        assertThat(api().get("/api/v1/incidents/" + number + "/timeline").json().size()).isEqualTo(1);
    }
}
