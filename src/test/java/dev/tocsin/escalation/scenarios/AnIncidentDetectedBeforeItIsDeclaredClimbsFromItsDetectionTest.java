package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

/**
 * Levels count from detection: a P1 declared now but detected 31 minutes ago reaches the
 * on-call engineer and the tech lead at once, and the engineering manager at its hour.
 */
class AnIncidentDetectedBeforeItIsDeclaredClimbsFromItsDetectionTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-23T10:31:00Z"));
        String incident = tocsin.declareDetectedAt(Instant.parse("2026-11-23T10:00:00Z"), "P1", "portal-bff");

        assertThat(tocsin.reached(incident))
                .containsExactly("L1 on-call engineer: maya.ortiz", "L2 tech lead: sara.lind");
        assertThat(tocsin.escalationTimer(incident)).as("set for the engineering manager's hour")
                .contains(Instant.parse("2026-11-23T11:00:00Z"));
        assertThat(tocsin.timelineValid(incident)).isTrue();
    }
}
