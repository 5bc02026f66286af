package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/**
 * Acknowledging stops the levels that wait on acknowledgment: a CRM incident acknowledged after
 * the platform lead was reached climbs no further.
 */
class AcknowledgingStopsLevelsThatWaitOnAcknowledgmentTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-23T10:00:00Z"));
        String incident = tocsin.declare("P1", "crm-backend");
        tocsin.advance(Duration.ofMinutes(20));
        assertThat(tocsin.reached(incident))
                .containsExactly("1 on-call engineer: priya.nair", "2 platform lead: nina.petrova");

        tocsin.change(incident, "{\"status\": \"acknowledged\"}");
        assertThat(tocsin.escalationTimer(incident)).as("no level left to fire").isEmpty();
        assertThat(tocsin.next(incident)).isEmpty();

        // Past the DevOps team's 30 and management's 45 minutes, and the P1's response target.
        tocsin.advance(Duration.ofHours(1));
        assertThat(tocsin.reached(incident))
                .containsExactly("1 on-call engineer: priya.nair", "2 platform lead: nina.petrova");
    }
}
