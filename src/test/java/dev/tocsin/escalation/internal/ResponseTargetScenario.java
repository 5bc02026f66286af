package dev.tocsin.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Response targets watched by durable timers, on H2 and on PostgreSQL. */
@TestPropertySource(properties = "db-scheduler.enabled=true")
abstract class ResponseTargetScenario extends TocsinTest {

    @Test
    void an_incident_not_acknowledged_by_its_response_target_gets_a_miss_in_its_timeline() throws Exception {
        // Detected 20 minutes ago, a P1 (15 minutes) is already past its target: the timer is due at once.
        String number = declare("P1", clock.instant().minus(Duration.ofMinutes(20)));

        waitUntilFired(number);

        assertThat(kinds(number)).containsExactly("declared", "response_target_missed");
        assertThat(api().get("/api/v1/incidents/" + number + "/timeline/verify").json().path("valid").asBoolean())
                .isTrue();
    }

    @Test
    void an_incident_acknowledged_before_its_target_gets_no_miss() throws Exception {
        // Due three seconds from now; acknowledged at once, and the clock moved past the target.
        String number = declare("P1", clock.instant().minus(Duration.ofMinutes(15)).plusSeconds(3));
        assertThat(api().patch("/api/v1/incidents/" + number, "{\"status\": \"acknowledged\"}").status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(30));

        waitUntilFired(number);

        assertThat(kinds(number)).containsExactly("declared", "status_changed");
    }

    @Test
    void a_lower_severity_moves_the_timer_to_the_later_target() throws Exception {
        // A P1 detected 14 minutes ago is due in a minute; as a P3 it has four hours.
        String number = declare("P1", clock.instant().minus(Duration.ofMinutes(14)));
        assertThat(api().patch("/api/v1/incidents/" + number, "{\"severity\": \"P3\"}").status()).isEqualTo(200);

        assertThat(jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = 'response-target' "
                + "AND task_instance = ?").param(id(number)).query(java.time.OffsetDateTime.class).single().toInstant())
                .isEqualTo(api().get("/api/v1/incidents/" + number).json().path("responseDueAt").asString()
                        .transform(java.time.Instant::parse));
        assertThat(kinds(number)).doesNotContain("response_target_missed");
    }

    private String declare(String severity, java.time.Instant detectedAt) {
        Response declared = api().post("/api/v1/incidents", """
                {"title": "Portal unreachable", "severity": "%s", "services": ["portal-bff"],
                 "detectionSource": "customer_report", "detectedAt": "%s"}""".formatted(severity, detectedAt));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        return declared.text("number");
    }

    private String id(String number) {
        return api().get("/api/v1/incidents/" + number).text("id");
    }

    /** The timer's row goes once it has run: then its outcome is in the timeline. */
    private void waitUntilFired(String number) throws InterruptedException {
        String id = id(number);
        for (int i = 0; i < 300 && pending(id); i++) {
            Thread.sleep(50);
        }
        assertThat(pending(id)).as("response-target timer of " + number + " ran within 15 s").isFalse();
    }

    private boolean pending(String id) {
        return jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'response-target' AND task_instance = ?")
                .param(id).query(Long.class).single() > 0;
    }

    /**
     * The kinds of entries, but for the escalation levels that portal-bff's policy reaches meanwhile
     * and the pages they cannot send (this server has no SMTP for the example people's email).
     */
    private List<String> kinds(String number) {
        return StreamSupport.stream(api().get("/api/v1/incidents/" + number + "/timeline").json().spliterator(), false)
                .map(e -> e.path("kind").asString())
                .filter(kind -> !kind.equals("escalated") && !kind.equals("not_paged")).toList();
    }
}
