package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/** Customer Portal matrix, L2: a P1 or P2 unresolved for 30 minutes reaches the tech lead. */
class AP2UnresolvedAfterThirtyMinutesReachesTheTechLeadTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-23T10:00:00Z"));
        String incident = tocsin.declare("P2", "portal-postgresql");

        tocsin.advance(Duration.ofMinutes(29));
        assertThat(tocsin.reached(incident)).containsExactly("L1 on-call engineer: maya.ortiz");

        tocsin.advance(Duration.ofMinutes(1));
        assertThat(tocsin.reached(incident))
                .containsExactly("L1 on-call engineer: maya.ortiz", "L2 tech lead: sara.lind");
    }
}
