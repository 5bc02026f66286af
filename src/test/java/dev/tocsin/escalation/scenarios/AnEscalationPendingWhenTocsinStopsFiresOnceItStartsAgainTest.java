package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.BothDatabases;
import dev.tocsin.support.MutableClock;
import dev.tocsin.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;

/**
 * Escalation timers live in the database: a level falling due while no Tocsin runs is reached
 * once Tocsin starts again, once, on H2 (one node, the default) and on PostgreSQL.
 */
class AnEscalationPendingWhenTocsinStopsFiresOnceItStartsAgainTest {

    @BothDatabases
    void scenario(TestDatabase db) {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        String incident;
        try (Tocsin tocsin = Tocsin.start(db, clock)) {
            incident = tocsin.declare("P1", "portal-bff");
            assertThat(tocsin.reached(incident)).containsExactly("L1 on-call engineer: maya.ortiz");
        }
        assertThat(db.jdbc().sql("SELECT execution_time FROM scheduled_tasks WHERE task_name = 'escalation' "
                + "AND task_instance = ?").param(incident).query(java.time.OffsetDateTime.class).single().toInstant())
                .as("the tech lead's timer kept while no node runs").isEqualTo(Instant.parse("2026-11-23T10:30:00Z"));

        clock.advance(Duration.ofMinutes(31));
        try (Tocsin tocsin = Tocsin.start(db, clock)) {
            tocsin.firesDueTimers();
            assertThat(tocsin.reached(incident))
                    .containsExactly("L1 on-call engineer: maya.ortiz", "L2 tech lead: sara.lind");
            assertThat(tocsin.escalation(incident).path("reached").get(1).path("at").asString())
                    .as("reached after the start").startsWith("2026-11-23T10:31");
            assertThat(tocsin.next(incident)).contains("L3 engineering manager at 2026-11-23T11:00:00Z");
            assertThat(tocsin.timelineValid(incident)).isTrue();
        }
    }
}
