package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/** Response targets (Customer Portal: 15 minutes for a P1): a miss is recorded in the timeline. */
class AP1NotAcknowledgedWithinFifteenMinutesMissesItsResponseTargetTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-23T10:00:00Z"));
        String incident = tocsin.declare("P1", "portal-bff");

        tocsin.advance(Duration.ofMinutes(14));
        assertThat(tocsin.timeline(incident, "response_target_missed")).isEmpty();

        tocsin.advance(Duration.ofMinutes(1));
        assertThat(tocsin.timeline(incident, "response_target_missed")).singleElement()
                .satisfies(miss -> {
                    assertThat(miss.path("summary").asString()).isEqualTo(
                            "Response target missed: P1 not acknowledged within 15 minutes (due 2026-11-23T10:15:00Z)");
                    assertThat(miss.path("occurredAt").asString()).startsWith("2026-11-23T10:15");
                });
        assertThat(tocsin.timelineValid(incident)).isTrue();
    }
}
