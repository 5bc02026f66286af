package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/** Response targets: a P1 acknowledged within its 15 minutes records no miss. */
class AP1AcknowledgedWithinFifteenMinutesMeetsItsResponseTargetTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-23T10:00:00Z"));
        String incident = tocsin.declare("P1", "portal-bff");
        tocsin.advance(Duration.ofMinutes(10));
        tocsin.change(incident, "{\"status\": \"acknowledged\"}");

        // Past the target and the tech lead's 30 minutes: that level firing shows the target's timer ran too.
        tocsin.advance(Duration.ofMinutes(20));
        assertThat(tocsin.reached(incident)).contains("L2 tech lead: sara.lind");
        assertThat(tocsin.timeline(incident, "response_target_missed")).isEmpty();
    }
}
