package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/** CRM escalation path, step 3: 30 minutes without acknowledgment reach the DevOps team. */
class AnUnacknowledgedCrmIncidentReachesTheDevOpsTeamAfterThirtyMinutesTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-23T10:00:00Z"));
        String incident = tocsin.declare("P1", "crm-events");

        tocsin.advance(Duration.ofMinutes(29));
        assertThat(tocsin.reached(incident))
                .containsExactly("1 on-call engineer: priya.nair", "2 platform lead: nina.petrova");

        tocsin.advance(Duration.ofMinutes(1));
        assertThat(tocsin.reached(incident)).containsExactly("1 on-call engineer: priya.nair",
                "2 platform lead: nina.petrova", "3 DevOps team: jon.smit");
    }
}
