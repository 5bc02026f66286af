package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/**
 * Raising a P3 to P1 arms the levels a P1 has, counted from the declaration: the tech lead at
 * 30 minutes and the engineering manager at the hour.
 */
class RaisingTheSeverityArmsTheLevelsOfTheNewSeverityTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-23T10:00:00Z"));
        String incident = tocsin.declare("P3", "portal-bff");
        assertThat(tocsin.escalationTimer(incident)).as("a P3 has nothing left to fire").isEmpty();

        tocsin.advance(Duration.ofMinutes(10));
        tocsin.change(incident, "{\"severity\": \"P1\"}");
        assertThat(tocsin.next(incident)).contains("L2 tech lead at 2026-11-23T10:30:00Z");
        assertThat(tocsin.escalationTimer(incident)).contains(Instant.parse("2026-11-23T10:30:00Z"));

        tocsin.advance(Duration.ofMinutes(20));
        assertThat(tocsin.reached(incident))
                .containsExactly("L1 on-call engineer: maya.ortiz", "L2 tech lead: sara.lind");

        tocsin.advance(Duration.ofMinutes(30));
        assertThat(tocsin.reached(incident)).containsExactly("L1 on-call engineer: maya.ortiz",
                "L2 tech lead: sara.lind", "L3 engineering manager: omar.haddad");
    }
}
