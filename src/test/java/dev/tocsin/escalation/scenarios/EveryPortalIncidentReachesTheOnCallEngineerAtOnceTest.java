package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/**
 * Customer Portal matrix, L1: every incident reaches the engineer on call at once, whoever is
 * on call at that moment (Maya and Ken take weekly turns from Mondays 09:00).
 */
class EveryPortalIncidentReachesTheOnCallEngineerAtOnceTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-23T10:00:00Z"));
        String thisWeek = tocsin.declare("P4", "portal-redis");
        assertThat(tocsin.reached(thisWeek)).containsExactly("L1 on-call engineer: maya.ortiz");
        assertThat(tocsin.escalation(thisWeek).path("reached").get(0).path("at").asString())
                .as("reached on the test clock's time").startsWith("2026-11-23T10:00");

        tocsin.beginAt(Instant.parse("2026-11-30T10:00:00Z"));
        String nextWeek = tocsin.declare("P4", "portal-redis");
        assertThat(tocsin.reached(nextWeek)).containsExactly("L1 on-call engineer: ken.ito");
    }
}
