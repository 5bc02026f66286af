package dev.tocsin.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ChangingAnIncidentWritesOneEntryPerChangeTest extends TocsinTest {

    @Autowired
    SeverityPolicy severities;

    @Test
    void raising_the_severity_restarts_the_response_clock_from_detection() {
        Instant t0 = Instant.parse("2026-11-24T10:00:00Z");
        clock.set(t0);
        String number = declare("{\"title\": \"Slow responses\", \"severity\": \"P3\", \"services\": [\"portal-bff\"]}");
        assertThat(due(number)).isEqualTo(t0.plus(Duration.ofHours(4)));

        clock.advance(Duration.ofMinutes(5));
        Response raised = api().patch("/api/v1/incidents/" + number, "{\"severity\": \"P1\"}");

        assertThat(raised.status()).isEqualTo(200);
        assertThat(raised.text("severity")).isEqualTo("P1");
        assertThat(due(number)).isEqualTo(t0.plus(Duration.ofMinutes(15)));
        JsonNode entry = timeline(number).getLast();
        assertThat(entry.path("kind").asString()).isEqualTo("severity_changed");
        assertThat(entry.path("before").asString()).isEqualTo("P3");
        assertThat(entry.path("after").asString()).isEqualTo("P1");
    }

    @Test
    void one_patch_with_several_fields_writes_one_entry_for_each_real_change() {
        String number = declare("{\"title\": \"Orders stuck in Pending Review\", \"severity\": \"P2\", \"services\": [\"salesforce\"]}");

        Response changed = api().patch("/api/v1/incidents/" + number, """
                {"status": "investigating", "commander": "sara.lind", "customerImpact": true,
                 "impact": "New orders are not provisioned", "severity": "P2"}""");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.text("commander")).isEqualTo("sara.lind");
        assertThat(changed.json().path("customerImpact").asBoolean()).isTrue();
        assertThat(timeline(number).stream().map(e -> e.path("kind").asString()).toList()).containsExactly(
                "declared", "status_changed", "commander_assigned", "customer_impact_changed", "impact_changed");
        assertThat(changed.json().path("acknowledgedAt").isNull()).isFalse();
    }

    @Test
    void a_resolved_incident_can_be_reopened_and_loses_its_resolution_time() {
        String number = declare("{\"title\": \"Event processing lag\", \"severity\": \"P3\", \"services\": [\"crm-events\"]}");
        api().patch("/api/v1/incidents/" + number, "{\"status\": \"resolved\"}");
        assertThat(api().get("/api/v1/incidents/" + number).json().path("resolvedAt").isNull()).isFalse();

        Response reopened = api().patch("/api/v1/incidents/" + number, "{\"status\": \"investigating\"}");

        assertThat(reopened.text("status")).isEqualTo("investigating");
        assertThat(reopened.json().path("resolvedAt").isNull()).isTrue();
    }

    @Test
    void a_note_is_a_timeline_entry_and_closed_incidents_still_take_notes() {
        String number = declare("{\"title\": \"Social publishing failed\", \"severity\": \"P4\", \"services\": [\"social-publishing\"]}");
        api().patch("/api/v1/incidents/" + number, "{\"status\": \"resolved\"}");
        api().patch("/api/v1/incidents/" + number, "{\"status\": \"closed\"}");

        Response note = api().post("/api/v1/incidents/" + number + "/notes", "{\"text\": \"Post-mortem scheduled\"}");

        assertThat(note.status()).isEqualTo(201);
        assertThat(note.text("kind")).isEqualTo("note");
        assertThat(note.json().path("seq").asInt()).isEqualTo(4);
        assertThat(timeline(number).getLast().path("summary").asString()).isEqualTo("Post-mortem scheduled");
        assertThat(api().patch("/api/v1/incidents/" + number, "{\"severity\": \"P1\"}").status()).isEqualTo(409);
    }

    @Test
    void a_change_to_what_already_is_writes_nothing() {
        String number = declare("{\"title\": \"Cache misses\", \"severity\": \"P3\", \"services\": [\"portal-redis\"]}");
        String updatedAt = api().get("/api/v1/incidents/" + number).text("updatedAt");
        clock.advance(Duration.ofMinutes(1));

        Response same = api().patch("/api/v1/incidents/" + number, "{\"status\": \"triggered\", \"severity\": \"P3\"}");

        assertThat(same.status()).isEqualTo(200);
        assertThat(same.text("updatedAt")).isEqualTo(updatedAt);
        assertThat(timeline(number)).hasSize(1);
    }

    @Test
    void the_commander_must_belong_to_the_incidents_organization() {
        String number = declare("{\"title\": \"Worker queue stuck\", \"severity\": \"P2\", \"services\": [\"crm-worker\"]}");

        Response outsider = api().patch("/api/v1/incidents/" + number, "{\"commander\": \"maya.ortiz\"}");
        assertThat(outsider.status()).isEqualTo(422);
        assertThat(outsider.text("detail")).contains("maya.ortiz belongs to customer-portal");

        assertThat(api().patch("/api/v1/incidents/" + number, "{\"commander\": \"nina.petrova\"}").status())
                .isEqualTo(200);
        assertThat(api().patch("/api/v1/incidents/" + number, "{\"commander\": \"admin\"}").status()).isEqualTo(200);
    }

    @Test
    void an_incident_whose_severity_left_the_policy_can_still_be_resolved() {
        String number = declare("{\"title\": \"Typo\", \"severity\": \"P4\", \"services\": [\"crm-backend\"]}");
        List<Severity> policy = severities.severities("crm-platform");
        try {
            severities.replace("crm-platform", policy.subList(0, 3));
            assertThat(api().patch("/api/v1/incidents/" + number, "{\"status\": \"resolved\"}").status()).isEqualTo(200);
            assertThat(api().patch("/api/v1/incidents/" + number, "{\"severity\": \"P3\"}").status()).isEqualTo(200);
        } finally {
            severities.replace("crm-platform", policy);
        }
    }

    private String declare(String json) {
        Response r = api().post("/api/v1/incidents", json);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("number");
    }

    private Instant due(String number) {
        return Instant.parse(api().get("/api/v1/incidents/" + number).text("responseDueAt"));
    }

    private List<JsonNode> timeline(String number) {
        return StreamSupport.stream(api().get("/api/v1/incidents/" + number + "/timeline").json().spliterator(), false)
                .toList();
    }
}
