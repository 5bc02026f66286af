package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/** Customer Portal matrix, L2: only P1 and P2 reach the tech lead; a P3 never does. */
class AP3NeverReachesTheTechLeadTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-23T10:00:00Z"));
        String incident = tocsin.declare("P3", "portal-bff");
        assertThat(tocsin.next(incident)).as("no level left to fall due").isEmpty();

        // Past its 4-hour response target: that timer firing shows the scheduler polled since.
        tocsin.advance(Duration.ofHours(5));
        assertThat(tocsin.timeline(incident, "response_target_missed")).hasSize(1);
        assertThat(tocsin.reached(incident)).containsExactly("L1 on-call engineer: maya.ortiz");
    }
}
