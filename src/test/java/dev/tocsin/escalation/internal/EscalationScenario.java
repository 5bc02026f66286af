package dev.tocsin.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Escalation levels fire by themselves, on durable timers, on H2 and on PostgreSQL: incidents
 * are declared as detected in the past, so their levels are due at once, on real time.
 */
@TestPropertySource(properties = "db-scheduler.enabled=true")
abstract class EscalationScenario extends TocsinTest {

    @Test
    void a_p1_unresolved_after_31_minutes_reaches_the_on_call_engineer_and_the_tech_lead_but_not_the_manager()
            throws Exception {
        Instant detectedAt = ago(Duration.ofMinutes(31));
        String id = declare("P1", "portal-bff", false, detectedAt);

        List<JsonNode> escalated = waitForLevels(id, 2);

        assertThat(escalated).extracting(e -> e.path("after").path("level").asString())
                .containsExactly("L1 on-call engineer", "L2 tech lead");
        assertThat(people(escalated.get(0))).containsExactly(onCallNow("portal-on-call", escalated.get(0)));
        assertThat(people(escalated.get(1))).containsExactly("sara.lind");
        assertThat(escalated.get(1).path("summary").asString()).isEqualTo("Escalated to L2 tech lead: sara.lind");
        // L3 waits for the hour: its timer is set for it, and has not fired.
        assertThat(timerAt(id)).contains(detectedAt.plus(Duration.ofHours(1)));
        assertThat(escalated(id)).hasSize(2);
        assertThat(api().get("/api/v1/incidents/" + id + "/timeline/verify").json().path("valid").asBoolean()).isTrue();
    }

    @Test
    void a_p3_two_hours_old_reaches_only_the_on_call_engineer() throws Exception {
        String id = declare("P3", "portal-bff", false, ago(Duration.ofHours(2)));

        waitUntilNoTimer(id);

        assertThat(escalated(id)).extracting(e -> e.path("after").path("level").asString())
                .containsExactly("L1 on-call engineer");
    }

    @Test
    void a_p3_on_an_external_service_reaches_the_vendors_support_contact() throws Exception {
        String id = declare("P3", "whmcs", false, ago(Duration.ofMinutes(1)));

        waitUntilNoTimer(id);

        List<JsonNode> escalated = escalated(id);
        assertThat(escalated).extracting(e -> e.path("after").path("level").asString())
                .containsExactly("L1 on-call engineer", "L4 vendor support");
        assertThat(people(escalated.get(1))).singleElement().asString().startsWith("WHMCS hosting provider")
                .contains("support@whmcs-hosting.example.com", "+1 555 0150");
    }

    @Test
    void customer_impact_reaches_the_engineering_manager_at_once() throws Exception {
        String id = declare("P3", "portal-bff", true, ago(Duration.ofMinutes(1)));

        waitUntilNoTimer(id);

        List<JsonNode> escalated = escalated(id);
        assertThat(escalated).extracting(e -> e.path("after").path("level").asString())
                .containsExactly("L1 on-call engineer", "L3 engineering manager");
        assertThat(people(escalated.get(1))).containsExactly("omar.haddad");
    }

    @Test
    void an_unacknowledged_crm_p2_climbs_a_step_every_15_minutes() throws Exception {
        Instant detectedAt = ago(Duration.ofMinutes(20));
        String id = declare("P2", "crm-worker", false, detectedAt);

        List<JsonNode> escalated = waitForLevels(id, 2);

        assertThat(escalated).extracting(e -> e.path("after").path("level").asString())
                .containsExactly("1 on-call engineer", "2 platform lead");
        assertThat(people(escalated.get(1))).containsExactly("nina.petrova");
        assertThat(timerAt(id)).contains(detectedAt.plus(Duration.ofMinutes(30)));
    }

    @Test
    void acknowledging_a_crm_incident_stops_the_climb() throws Exception {
        Instant detectedAt = ago(Duration.ofMinutes(10));
        String id = declare("P2", "crm-worker", false, detectedAt);
        waitForLevels(id, 1);
        // Step 1 fired and the timer waits for step 2, five minutes from now.
        waitUntil(() -> timerAt(id).filter(detectedAt.plus(Duration.ofMinutes(15))::equals).isPresent(),
                "timer set for step 2");

        assertThat(api().patch("/api/v1/incidents/" + id, "{\"status\": \"acknowledged\"}").status()).isEqualTo(200);

        assertThat(timerAt(id)).as("no level left to fire").isEmpty();
        assertThat(escalated(id)).extracting(e -> e.path("after").path("level").asString())
                .containsExactly("1 on-call engineer");
    }

    @Test
    void resolving_cancels_the_timer_and_a_new_severity_sets_it_again_for_the_new_levels() throws Exception {
        Instant detectedAt = ago(Duration.ofMinutes(5));
        String id = declare("P3", "portal-bff", false, detectedAt);
        waitUntilNoTimer(id);

        assertThat(api().patch("/api/v1/incidents/" + id, "{\"severity\": \"P1\"}").status()).isEqualTo(200);
        assertThat(timerAt(id)).contains(detectedAt.plus(Duration.ofMinutes(30)));

        assertThat(api().patch("/api/v1/incidents/" + id, "{\"status\": \"resolved\"}").status()).isEqualTo(200);
        assertThat(timerAt(id)).isEmpty();
    }

    /** Whole seconds: the database keeps less than the clock's nanoseconds. */
    private Instant ago(Duration duration) {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).minus(duration);
    }

    private String declare(String severity, String service, boolean customerImpact, Instant detectedAt) {
        Response declared = api().post("/api/v1/incidents", """
                {"title": "Something is down", "severity": "%s", "services": ["%s"],
                 "detectionSource": "customer_report", "customerImpact": %s, "detectedAt": "%s"}"""
                .formatted(severity, service, customerImpact, detectedAt));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        return declared.text("id");
    }

    private String onCallNow(String schedule, JsonNode entry) {
        JsonNode layers = api().get("/api/v1/schedules/" + schedule + "/on-call?at=" + entry.path("occurredAt").asString())
                .json().path("layers");
        String username = StreamSupport.stream(layers.spliterator(), false)
                .filter(layer -> layer.path("layer").asString().equals("primary")).findFirst().orElseThrow()
                .path("username").asString();
        assertThat(username).isNotBlank();
        return username;
    }

    private static List<String> people(JsonNode entry) {
        return StreamSupport.stream(entry.path("after").path("people").spliterator(), false).map(JsonNode::asString)
                .toList();
    }

    private List<JsonNode> escalated(String id) {
        Predicate<JsonNode> isEscalated = e -> e.path("kind").asString().equals("escalated");
        return StreamSupport.stream(api().get("/api/v1/incidents/" + id + "/timeline").json().spliterator(), false)
                .filter(isEscalated).toList();
    }

    private List<JsonNode> waitForLevels(String id, int count) throws InterruptedException {
        waitUntil(() -> escalated(id).size() >= count, count + " levels reached");
        return escalated(id);
    }

    private void waitUntilNoTimer(String id) throws InterruptedException {
        waitUntil(() -> timerAt(id).isEmpty(), "escalation timer of " + id + " done");
    }

    private Optional<Instant> timerAt(String id) {
        return jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = 'escalation' AND task_instance = ?")
                .param(id).query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, String what)
            throws InterruptedException {
        for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertThat(condition.getAsBoolean()).as(what + " within 15 s").isTrue();
    }
}
