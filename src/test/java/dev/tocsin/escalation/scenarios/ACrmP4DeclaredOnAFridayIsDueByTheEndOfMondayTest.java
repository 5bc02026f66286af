package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

/**
 * Response targets (CRM: a P4 by the next business day): declared on a Friday afternoon, it is
 * due at the end of Monday's business hours (17:00 UTC), not on Saturday.
 */
class ACrmP4DeclaredOnAFridayIsDueByTheEndOfMondayTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-27T16:00:00Z"));
        String incident = tocsin.declare("P4", "crm-backend");
        assertThat(tocsin.api().get("/api/v1/incidents/" + incident).text("responseDueAt"))
                .isEqualTo("2026-11-30T17:00:00Z");

        tocsin.advanceTo(Instant.parse("2026-11-28T17:00:00Z"));
        assertThat(tocsin.timeline(incident, "response_target_missed")).as("Saturday").isEmpty();
        tocsin.advanceTo(Instant.parse("2026-11-30T16:59:00Z"));
        assertThat(tocsin.timeline(incident, "response_target_missed")).as("Monday 16:59").isEmpty();

        tocsin.advanceTo(Instant.parse("2026-11-30T17:00:00Z"));
        assertThat(tocsin.timeline(incident, "response_target_missed")).singleElement()
                .satisfies(miss -> assertThat(miss.path("summary").asString())
                        .isEqualTo("Response target missed: P4 not acknowledged by the next business day"
                                + " (due 2026-11-30T17:00:00Z)"));
    }
}
