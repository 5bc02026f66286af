package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/** Customer Portal matrix, L3: a P1 unresolved for an hour reaches the engineering manager. */
class AP1UnresolvedAfterAnHourReachesTheEngineeringManagerTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-23T10:00:00Z"));
        String incident = tocsin.declare("P1", "portal-bff");

        tocsin.advance(Duration.ofMinutes(59));
        assertThat(tocsin.reached(incident))
                .containsExactly("L1 on-call engineer: maya.ortiz", "L2 tech lead: sara.lind");

        tocsin.advance(Duration.ofMinutes(1));
        assertThat(tocsin.reached(incident)).containsExactly("L1 on-call engineer: maya.ortiz",
                "L2 tech lead: sara.lind", "L3 engineering manager: omar.haddad");
        assertThat(tocsin.next(incident)).as("no vendor support for an internal service").isEmpty();
        assertThat(tocsin.escalationTimer(incident)).isEmpty();
    }
}
