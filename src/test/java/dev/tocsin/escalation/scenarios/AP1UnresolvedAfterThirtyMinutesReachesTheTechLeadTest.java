package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/** Customer Portal matrix, L2: a P1 or P2 unresolved for 30 minutes reaches the tech lead. */
class AP1UnresolvedAfterThirtyMinutesReachesTheTechLeadTest {

    /** A Monday morning: Maya Ortiz is the portal's primary on call this week. */
    private static final Instant MONDAY = Instant.parse("2026-11-23T10:00:00Z");

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(MONDAY);
        String incident = tocsin.declare("P1", "portal-bff");
        assertThat(tocsin.reached(incident)).containsExactly("L1 on-call engineer: maya.ortiz");

        tocsin.advance(Duration.ofMinutes(29));
        assertThat(tocsin.reached(incident)).containsExactly("L1 on-call engineer: maya.ortiz");

        tocsin.advance(Duration.ofMinutes(1));
        assertThat(tocsin.reached(incident))
                .containsExactly("L1 on-call engineer: maya.ortiz", "L2 tech lead: sara.lind");
        assertThat(tocsin.timeline(incident, "escalated").getLast().path("summary").asString())
                .isEqualTo("Escalated to L2 tech lead: sara.lind");
        assertThat(tocsin.next(incident)).contains("L3 engineering manager at 2026-11-23T11:00:00Z");
        assertThat(tocsin.timelineValid(incident)).isTrue();
    }
}
