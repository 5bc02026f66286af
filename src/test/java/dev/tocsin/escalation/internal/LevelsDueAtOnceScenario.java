package dev.tocsin.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.TocsinTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Levels due the moment an incident is declared (level 1 for every incident; the engineering
 * manager on customer impact) are reached by the declaring request itself, so paging waits for no
 * poll. The scheduler here polls once an hour: only the declaring transaction can have reached them.
 */
@TestPropertySource(properties = {"db-scheduler.enabled=true", "db-scheduler.polling-interval=1h"})
abstract class LevelsDueAtOnceScenario extends TocsinTest {

    @Test
    void the_declaring_request_reaches_the_levels_due_at_once_and_sets_the_timer_for_the_next() {
        Instant detected = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Response declared = api().post("/api/v1/incidents", """
                {"title": "Portal down for everyone", "severity": "P1", "services": ["portal-bff"],
                 "detectionSource": "customer_report", "customerImpact": true, "detectedAt": "%s"}"""
                .formatted(detected));
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        String id = declared.text("id");

        assertThat(levelsReached(id)).containsExactly("L1 on-call engineer", "L3 engineering manager");
        assertThat(timerAt(id)).as("the timer waits for the tech lead, 30 minutes after detection")
                .isEqualTo(detected.plus(Duration.ofMinutes(30)));
    }

    @Test
    void customer_impact_set_later_reaches_the_engineering_manager_in_that_request() {
        Response declared = api().post("/api/v1/incidents", """
                {"title": "Slow logins", "severity": "P3", "services": ["portal-bff"],
                 "detectionSource": "internal"}""");
        assertThat(declared.status()).as(declared.body()).isEqualTo(201);
        String id = declared.text("id");
        assertThat(levelsReached(id)).containsExactly("L1 on-call engineer");

        Response changed = api().patch("/api/v1/incidents/" + id, "{\"customerImpact\": true}");

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(levelsReached(id)).containsExactly("L1 on-call engineer", "L3 engineering manager");
    }

    private List<String> levelsReached(String id) {
        return StreamSupport.stream(api().get("/api/v1/incidents/" + id + "/escalation").json().path("reached")
                .spliterator(), false).map(r -> r.path("level").asString()).toList();
    }

    private Instant timerAt(String id) {
        return jdbc.sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = 'escalation' AND task_instance = ?")
                .param(id).query(OffsetDateTime.class).single().toInstant();
    }
}
