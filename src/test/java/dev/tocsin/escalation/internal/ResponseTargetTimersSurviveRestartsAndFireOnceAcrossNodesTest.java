package dev.tocsin.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.TocsinApplication;
import dev.tocsin.incident.DeclareIncident;
import dev.tocsin.incident.DetectionSource;
import dev.tocsin.incident.Incidents;
import dev.tocsin.support.TestDatabase;
import dev.tocsin.support.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whole Tocsin nodes on one PostgreSQL database, started and stopped by the test: timers live in
 * the database, so a stop loses none and two nodes fire each one once. Real time, a few seconds.
 */
class ResponseTargetTimersSurviveRestartsAndFireOnceAcrossNodesTest {

    @Test
    void a_timer_pending_when_tocsin_stops_fires_once_it_starts_again() throws Exception {
        TestDatabase db = TestDatabases.emptyPostgresSchema();
        UUID incident;
        Instant due;
        try (var node = start(db)) {
            due = Instant.now().plusSeconds(3);
            incident = declare(node, due);
        }
        assertThat(pending(db, incident)).as("timer kept while no node runs").isTrue();
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), due).toMillis()) + 500);

        try (var node = start(db)) {
            waitUntil(() -> !pending(db, incident));
        }
        assertThat(misses(db, incident)).isEqualTo(1);
    }

    @Test
    void two_nodes_on_one_database_fire_each_timer_once() throws Exception {
        TestDatabase db = TestDatabases.emptyPostgresSchema();
        List<UUID> incidents = new ArrayList<>();
        try (var first = start(db); var second = start(db)) {
            Instant due = Instant.now().plusSeconds(2);
            for (int i = 0; i < 20; i++) {
                incidents.add(declare(i % 2 == 0 ? first : second, due));
            }
            waitUntil(() -> incidents.stream().noneMatch(id -> pending(db, id)));
        }
        assertThat(incidents).allSatisfy(id -> assertThat(misses(db, id)).isEqualTo(1));
    }

    private static ConfigurableApplicationContext start(TestDatabase db) {
        // As arguments: they outrank application.yaml, which names the H2 file and port 8080.
        return new SpringApplicationBuilder(TocsinApplication.class).run(
                "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                "--spring.datasource.password=", "--spring.datasource.hikari.maximum-pool-size=5",
                "--server.port=0", "--tocsin.admin.token=test-admin-token-0123456789",
                "--tocsin.admin.password=test-admin-password");
    }

    /** A P1 whose 15-minute response target falls at {@code due}. */
    private static UUID declare(ConfigurableApplicationContext node, Instant due) {
        return node.getBean(Incidents.class).declare(new DeclareIncident("Portal unreachable", "P1",
                List.of("portal-bff"), null, DetectionSource.CUSTOMER_REPORT, false, null, null,
                due.minus(Duration.ofMinutes(15))), "test").id();
    }

    private static boolean pending(TestDatabase db, UUID incident) {
        return db.jdbc().sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'response-target' "
                + "AND task_instance = ?").param(incident.toString()).query(Long.class).single() > 0;
    }

    private static long misses(TestDatabase db, UUID incident) {
        return db.jdbc().sql("SELECT count(*) FROM timeline_entry WHERE incident_id = ? AND kind = ?")
                .params(incident, ResponseTargetCheck.MISSED).query(Long.class).single();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).as("reached within 30 s").isTrue();
    }
}
