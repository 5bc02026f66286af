package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/**
 * Customer Portal matrix, L3: customer impact reaches the engineering manager at once, whatever
 * the severity (the matrix's "P1 not resolved in 1 hour, customer impact" read as either).
 */
class CustomerImpactReachesTheEngineeringManagerAtOnceTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-23T10:00:00Z"));
        String incident = tocsin.declare("P3", "portal-bff", true);

        assertThat(tocsin.reached(incident))
                .containsExactly("L1 on-call engineer: maya.ortiz", "L3 engineering manager: omar.haddad");
        assertThat(tocsin.escalation(incident).path("reached").get(1).path("at").asString())
                .startsWith("2026-11-23T10:00");
    }
}
