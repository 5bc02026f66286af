package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/** Resolving stops every level: a P1 resolved after ten minutes reaches nobody more. */
class ResolvingStopsEveryLevelTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-23T10:00:00Z"));
        String incident = tocsin.declare("P1", "whmcs");
        assertThat(tocsin.reached(incident)).containsExactly("L1 on-call engineer: maya.ortiz",
                "L4 vendor support: WHMCS hosting provider: Hosting provider support desk, "
                        + "support@whmcs-hosting.example.com, +1 555 0150");

        tocsin.advance(Duration.ofMinutes(10));
        tocsin.change(incident, "{\"status\": \"resolved\"}");
        assertThat(tocsin.escalationTimer(incident)).as("no level left to fire").isEmpty();
        assertThat(tocsin.next(incident)).isEmpty();

        // Past the tech lead's 30 minutes and the manager's hour.
        tocsin.advance(Duration.ofHours(2));
        assertThat(tocsin.reached(incident)).hasSize(2);
    }
}
