package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/** Customer Portal matrix, L2: a P2 resolved before its 30 minutes are up never reaches the tech lead. */
class AP2ResolvedWithinThirtyMinutesNeverReachesTheTechLeadTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-23T10:00:00Z"));
        String incident = tocsin.declare("P2", "portal-bff");
        assertThat(tocsin.escalationTimer(incident)).contains(Instant.parse("2026-11-23T10:30:00Z"));

        tocsin.advance(Duration.ofMinutes(20));
        tocsin.change(incident, "{\"status\": \"resolved\"}");
        assertThat(tocsin.escalationTimer(incident)).as("resolving cancels the timer").isEmpty();

        tocsin.advance(Duration.ofHours(2));
        assertThat(tocsin.reached(incident)).containsExactly("L1 on-call engineer: maya.ortiz");
        assertThat(tocsin.next(incident)).isEmpty();
    }
}
