package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.MutableClock;
import dev.tocsin.support.TestDatabase;
import dev.tocsin.support.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two Tocsin nodes on one PostgreSQL database, on one clock: both poll the same timers, and each
 * level of each incident is reached once, by whichever node picks its timer.
 */
class TwoNodesOnOneDatabaseReachEachLevelOnceTest {

    @Test
    void scenario() {
        TestDatabase db = TestDatabases.emptyPostgresSchema();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
        List<String> incidents = new ArrayList<>();
        try (Tocsin first = Tocsin.start(db, clock); Tocsin second = Tocsin.start(db, clock)) {
            for (int i = 0; i < 20; i++) {
                incidents.add((i % 2 == 0 ? first : second).declare("P1", "crm-backend"));
            }
            // The CRM path's steps at 15, 30 and 45 minutes without acknowledgment.
            for (int step = 0; step < 3; step++) {
                clock.advance(Duration.ofMinutes(15));
                first.firesDueTimers();
                second.firesDueTimers();
            }
            for (String incident : incidents) {
                assertThat(first.reached(incident)).as(incident).containsExactly("1 on-call engineer: priya.nair",
                        "2 platform lead: nina.petrova", "3 DevOps team: jon.smit", "4 management: grace.okafor");
                assertThat(first.timelineValid(incident)).isTrue();
            }
        }
    }
}
