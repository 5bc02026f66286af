package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/**
 * Customer Portal matrix, L2: the tech lead is reached when a P1 is unresolved after 30 minutes,
 * acknowledged or not (the matrix says unresolved).
 */
class AnAcknowledgedP1StillReachesTheTechLeadAfterThirtyMinutesTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-23T10:00:00Z"));
        String incident = tocsin.declare("P1", "portal-bff");
        tocsin.advance(Duration.ofMinutes(5));
        tocsin.change(incident, "{\"status\": \"acknowledged\"}");

        tocsin.advance(Duration.ofMinutes(25));
        assertThat(tocsin.reached(incident))
                .containsExactly("L1 on-call engineer: maya.ortiz", "L2 tech lead: sara.lind");
    }
}
