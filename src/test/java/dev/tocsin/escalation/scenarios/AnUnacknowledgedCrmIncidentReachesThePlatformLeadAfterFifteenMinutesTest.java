package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/** CRM escalation path, step 2: 15 minutes without acknowledgment reach the platform lead. */
class AnUnacknowledgedCrmIncidentReachesThePlatformLeadAfterFifteenMinutesTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-23T10:00:00Z"));
        String incident = tocsin.declare("P2", "crm-worker");

        tocsin.advance(Duration.ofMinutes(14));
        assertThat(tocsin.reached(incident)).containsExactly("1 on-call engineer: priya.nair");

        tocsin.advance(Duration.ofMinutes(1));
        assertThat(tocsin.reached(incident))
                .containsExactly("1 on-call engineer: priya.nair", "2 platform lead: nina.petrova");
        assertThat(tocsin.escalationTimer(incident)).as("set for the DevOps team")
                .contains(Instant.parse("2026-11-23T10:30:00Z"));
    }
}
