package dev.tocsin.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient;
import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Escalating by hand over HTTP, and what an incident's escalation stands at, on H2 and on
 * PostgreSQL, with the durable timers running: each incident's first level fires by itself first.
 */
@TestPropertySource(properties = "db-scheduler.enabled=true")
abstract class ManualEscalationScenario extends TocsinTest {

    @Test
    void a_fresh_p3_escalated_by_hand_reaches_the_tech_lead_with_the_caller_as_actor() throws Exception {
        String id = declare("P3", "portal-bff");
        waitForLevels(id, 1);
        waitUntil(() -> timerAt(id).isEmpty(), "L1 fired and no level left due");
        String name = "responder-" + System.nanoTime();
        ApiClient responder = api(issue(name, "responder"));

        Response escalated = responder.post("/api/v1/incidents/" + id + "/escalate", "");

        assertThat(escalated.status()).as(escalated.body()).isEqualTo(200);
        assertThat(escalated.json().path("level").asString()).isEqualTo("L2 tech lead");
        assertThat(strings(escalated.json().path("people"))).containsExactly("sara.lind");
        List<JsonNode> entries = escalated(id);
        assertThat(entries).extracting(e -> e.path("after").path("level").asString())
                .containsExactly("L1 on-call engineer", "L2 tech lead");
        JsonNode manual = entries.get(1);
        assertThat(manual.path("actor").asString()).isEqualTo("token:" + name);
        assertThat(manual.path("after").path("manual").asBoolean()).isTrue();
        assertThat(entries.get(0).path("after").has("manual")).as("the timer's entry is not manual").isFalse();
        assertThat(strings(manual.path("after").path("people"))).containsExactly("sara.lind");

        JsonNode standing = api().get("/api/v1/incidents/" + id + "/escalation").json();
        assertThat(standing.path("policy").asString()).isEqualTo("customer-portal");
        assertThat(StreamSupport.stream(standing.path("reached").spliterator(), false)
                .map(r -> r.path("level").asString()).toList()).containsExactly("L1 on-call engineer", "L2 tech lead");
        JsonNode l2 = standing.path("reached").get(1);
        assertThat(strings(l2.path("people"))).containsExactly("sara.lind");
        assertThat(Instant.parse(l2.path("at").asString())).isEqualTo(Instant.parse(manual.path("occurredAt").asString()));
        assertThat(l2.path("manual").asBoolean()).isTrue();
        assertThat(standing.path("next").isNull()).as("a P3 without customer impact has nothing more due").isTrue();
        assertThat(api().get("/api/v1/incidents/" + id + "/timeline/verify").json().path("valid").asBoolean()).isTrue();
    }

    @Test
    void escalating_a_p1_by_hand_moves_its_timer_to_the_next_level_left() throws Exception {
        Instant detectedAt = now();
        String id = declare("P1", "portal-bff", detectedAt);
        waitForLevels(id, 1);
        waitUntil(() -> timerAt(id).filter(detectedAt.plus(Duration.ofMinutes(30))::equals).isPresent(),
                "timer set for L2");

        Response escalated = api().post("/api/v1/incidents/" + referenceOf(id) + "/escalate", "");

        assertThat(escalated.status()).as(escalated.body()).isEqualTo(200);
        assertThat(escalated.json().path("level").asString()).isEqualTo("L2 tech lead");
        assertThat(timerAt(id)).as("L2 is reached: the timer waits for L3").contains(detectedAt.plus(Duration.ofHours(1)));
        JsonNode next = api().get("/api/v1/incidents/" + id + "/escalation").json().path("next");
        assertThat(next.path("level").asString()).isEqualTo("L3 engineering manager");
    }

    @Test
    void escalating_past_the_last_level_is_a_conflict() throws Exception {
        String id = declare("P3", "portal-bff");
        waitForLevels(id, 1);

        for (String level : List.of("L2 tech lead", "L3 engineering manager", "L4 vendor support")) {
            Response escalated = api().post("/api/v1/incidents/" + id + "/escalate", "");
            assertThat(escalated.status()).as(escalated.body()).isEqualTo(200);
            assertThat(escalated.json().path("level").asString()).isEqualTo(level);
        }
        Response refused = api().post("/api/v1/incidents/" + id + "/escalate", "");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("type")).endsWith("escalation-exhausted");
        assertThat(escalated(id)).hasSize(4);
    }

    @Test
    void escalations_by_hand_at_the_same_moment_never_reach_one_level_twice() throws Exception {
        String id = declare("P3", "portal-bff");
        waitForLevels(id, 1);

        List<Integer> statuses;
        try (var people = java.util.concurrent.Executors.newFixedThreadPool(6)) {
            java.util.concurrent.Callable<Integer> escalate =
                    () -> api().post("/api/v1/incidents/" + id + "/escalate", "").status();
            var answers = people.invokeAll(java.util.Collections.nCopies(6, escalate));
            statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }
        }

        assertThat(statuses).filteredOn(status -> status == 200).hasSize(3);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(3);
        assertThat(escalated(id)).extracting(e -> e.path("after").path("level").asString()).hasSize(4)
                .doesNotHaveDuplicates();
    }

    @Test
    void a_resolved_incident_cannot_be_escalated() throws Exception {
        String id = declare("P3", "portal-bff");
        waitForLevels(id, 1);
        assertThat(api().patch("/api/v1/incidents/" + id, "{\"status\": \"resolved\"}").status()).isEqualTo(200);

        Response refused = api().post("/api/v1/incidents/" + id + "/escalate", "");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.text("type")).endsWith("incident-not-open");
        assertThat(escalated(id)).hasSize(1);
    }

    @Test
    void the_escalation_of_a_p1_shows_the_tech_lead_next_due_30_minutes_after_detection() throws Exception {
        Instant detectedAt = now();
        String id = declare("P1", "portal-bff", detectedAt);
        waitForLevels(id, 1);

        JsonNode standing = api().get("/api/v1/incidents/" + referenceOf(id) + "/escalation").json();

        assertThat(standing.path("policy").asString()).isEqualTo("customer-portal");
        assertThat(standing.path("reached")).hasSize(1);
        assertThat(standing.path("reached").get(0).path("level").asString()).isEqualTo("L1 on-call engineer");
        assertThat(standing.path("next").path("level").asString()).isEqualTo("L2 tech lead");
        assertThat(Instant.parse(standing.path("next").path("dueAt").asString()))
                .isEqualTo(detectedAt.plus(Duration.ofMinutes(30)));
    }

    @Test
    void a_viewer_cannot_escalate_but_reads_the_escalation() throws Exception {
        String id = declare("P3", "portal-bff");
        waitForLevels(id, 1);
        ApiClient viewer = api(issue("viewer-" + System.nanoTime(), "viewer"));

        assertThat(viewer.post("/api/v1/incidents/" + id + "/escalate", "").status()).isEqualTo(403);

        assertThat(viewer.get("/api/v1/incidents/" + id + "/escalation").status()).isEqualTo(200);
        assertThat(escalated(id)).hasSize(1);
    }

    @Test
    void an_unknown_incident_is_not_found_and_one_without_a_policy_is_unprocessable() {
        assertThat(api().post("/api/v1/incidents/INC-99999999/escalate", "").status()).isEqualTo(404);
        assertThat(api().get("/api/v1/incidents/INC-99999999/escalation").status()).isEqualTo(404);
        Response declared = api().post("/api/v1/incidents", """
                {"title": "No service named", "severity": "P3", "organization": "customer-portal",
                 "detectionSource": "customer_report"}""");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);

        Response refused = api().post("/api/v1/incidents/" + declared.text("id") + "/escalate", "");

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(api().get("/api/v1/incidents/" + declared.text("id") + "/escalation").status()).isEqualTo(422);
    }

    /** Whole seconds: the database keeps less than the clock's nanoseconds. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private String declare(String severity, String service) {
        return declare(severity, service, now());
    }

    private String declare(String severity, String service, Instant detectedAt) {
        Response declared = api().post("/api/v1/incidents", """
                {"title": "Something is down", "severity": "%s", "services": ["%s"],
                 "detectionSource": "customer_report", "detectedAt": "%s"}""".formatted(severity, service, detectedAt));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        return declared.text("id");
    }

    /** The incident's INC-n: both forms of reference are accepted. */
    private String referenceOf(String id) {
        return api().get("/api/v1/incidents/" + id).text("number");
    }

    private String issue(String name, String role) {
        Response r = api().post("/api/v1/tokens", "{\"name\": \"" + name + "\", \"role\": \"" + role + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.text("token");
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }

    private List<JsonNode> escalated(String id) {
        return StreamSupport.stream(api().get("/api/v1/incidents/" + id + "/timeline").json().spliterator(), false)
                .filter(e -> e.path("kind").asString().equals("escalated")).toList();
    }

    private void waitForLevels(String id, int count) throws InterruptedException {
        waitUntil(() -> escalated(id).size() >= count, count + " levels reached");
    }

    private Optional<Instant> timerAt(String id) {
        return jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = 'escalation' AND task_instance = ?")
                .param(id).query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }

    private static void waitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as(what + " within 15 s").isTrue();
    }
}
