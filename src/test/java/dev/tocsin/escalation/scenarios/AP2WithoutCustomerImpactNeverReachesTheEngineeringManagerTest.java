package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/**
 * Customer Portal matrix, L3: the engineering manager is for a P1 unresolved for an hour, or
 * customer impact; a P2 without customer impact never reaches them.
 */
class AP2WithoutCustomerImpactNeverReachesTheEngineeringManagerTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-23T10:00:00Z"));
        String incident = tocsin.declare("P2", "portal-bff");

        // Past its 1-hour response target and more: that timer firing shows the scheduler polled since.
        tocsin.advance(Duration.ofHours(3));
        assertThat(tocsin.timeline(incident, "response_target_missed")).hasSize(1);
        assertThat(tocsin.reached(incident))
                .containsExactly("L1 on-call engineer: maya.ortiz", "L2 tech lead: sara.lind");
        assertThat(tocsin.next(incident)).isEmpty();
    }
}
