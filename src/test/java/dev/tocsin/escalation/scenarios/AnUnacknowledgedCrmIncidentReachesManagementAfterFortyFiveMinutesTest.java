package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/** CRM escalation path, step 4: 45 minutes without acknowledgment reach management, the last step. */
class AnUnacknowledgedCrmIncidentReachesManagementAfterFortyFiveMinutesTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-23T10:00:00Z"));
        String incident = tocsin.declare("P3", "crm-postgresql");

        tocsin.advance(Duration.ofMinutes(44));
        assertThat(tocsin.reached(incident)).hasSize(3).doesNotContain("4 management: grace.okafor");

        tocsin.advance(Duration.ofMinutes(1));
        assertThat(tocsin.reached(incident)).containsExactly("1 on-call engineer: priya.nair",
                "2 platform lead: nina.petrova", "3 DevOps team: jon.smit", "4 management: grace.okafor");
        assertThat(tocsin.next(incident)).isEmpty();
        assertThat(tocsin.escalationTimer(incident)).isEmpty();
    }
}
