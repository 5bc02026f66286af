package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.notify.AcknowledgeTokens;
import dev.tocsin.support.ApiClient.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The on-call engineer paged for a CRM incident acknowledges from the link in the message (a chat
 * button's POST, no sign-in): the levels waiting on acknowledgment never fire, as when acknowledged
 * in Tocsin.
 */
class AcknowledgingFromALinkStopsTheClimbTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-23T10:00:00Z"));
        String incident = tocsin.declare("P1", "crm-backend");
        tocsin.advance(Duration.ofMinutes(5));
        assertThat(tocsin.reached(incident)).containsExactly("1 on-call engineer: priya.nair");
        assertThat(tocsin.escalationTimer(incident)).contains(Instant.parse("2026-11-23T10:15:00Z"));
        String token = tocsin.bean(AcknowledgeTokens.class).issue(UUID.fromString(incident), "priya.nair",
                Duration.ofHours(1));

        Response acknowledged = tocsin.api().postAuthorized("/api/v1/acknowledge/" + token, "", null);
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        tocsin.firesDueTimers();

        assertThat(tocsin.timeline(incident, "status_changed")).singleElement()
                .satisfies(entry -> assertThat(entry.path("actor").asString()).isEqualTo("priya.nair (acknowledge link)"));
        assertThat(tocsin.escalationTimer(incident)).as("no level left to fire").isEmpty();
        assertThat(tocsin.next(incident)).isEmpty();
        // Past the platform lead's 15, the DevOps team's 30 and management's 45 minutes.
        tocsin.advance(Duration.ofHours(1));
        assertThat(tocsin.reached(incident)).containsExactly("1 on-call engineer: priya.nair");
    }
}
