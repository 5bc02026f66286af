package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/** CRM escalation path, step 1: every incident reaches the on-call engineer at once. */
class EveryCrmIncidentReachesTheOnCallEngineerAtOnceTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-23T10:00:00Z"));
        String incident = tocsin.declare("P4", "social-publishing");

        assertThat(tocsin.reached(incident)).containsExactly("1 on-call engineer: priya.nair");
        assertThat(tocsin.next(incident)).contains("2 platform lead at 2026-11-23T10:15:00Z");
    }
}
