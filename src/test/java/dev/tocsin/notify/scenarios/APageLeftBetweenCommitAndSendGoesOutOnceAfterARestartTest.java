package dev.tocsin.notify.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.BothDatabases;
import dev.tocsin.support.MutableClock;
import dev.tocsin.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * A node that stops between committing a delivery and sending it leaves a pending row in the
 * outbox, as this test writes it while no node runs. The next node to start sends it, once, on
 * H2 and on PostgreSQL.
 */
class APageLeftBetweenCommitAndSendGoesOutOnceAfterARestartTest {

    private static final String MAYA = "maya.ortiz@portal.example.com";

    @BothDatabases
    void scenario(TestDatabase db) {
        MutableClock clock = new MutableClock(Node.MONDAY);
        try (MailServer mail = new MailServer().start()) {
            String incident;
            try (Node node = Node.start(db, clock, mail)) {
                incident = node.declareP1("Portal unreachable");
                mail.awaitTo(MAYA, 1);
                node.awaitNotifications(incident, n -> n.getFirst().path("status").asString().equals("sent"));
            }
            clock.advance(Duration.ofMinutes(1));
            UUID left = UUID.randomUUID();
            UUID contactMethod = db.jdbc().sql("SELECT id FROM contact_method WHERE username = 'maya.ortiz' "
                    + "AND address = ?").param(MAYA).query(UUID.class).single();
            OffsetDateTime committed = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            db.jdbc().sql("""
                    INSERT INTO delivery (id, incident_id, username, contact_method, channel, address, reason, step,
                                          status, due_at, attempts, idempotency_key, created_at)
                    VALUES (?, ?, 'maya.ortiz', ?, 'email', ?, 'L2 tech lead', 0, 'pending', ?, 0, ?, ?)""")
                    .params(left, UUID.fromString(incident), contactMethod, MAYA, committed,
                            "tocsin-delivery-" + left, committed)
                    .update();

            clock.advance(Duration.ofSeconds(5));
            try (Node node = Node.start(db, clock, mail)) {
                assertThat(mail.awaitTo(MAYA, 2)).hasSize(2);
                assertThat(MailServer.header(mail.to(MAYA).get(1), "X-Tocsin-Idempotency-Key"))
                        .isEqualTo("tocsin-delivery-" + left);
                JsonNode sent = node.awaitNotifications(incident, n -> n.size() == 2
                        && n.get(1).path("status").asString().equals("sent")).get(1);
                assertThat(sent.path("id").asString()).isEqualTo(left.toString());
                assertThat(sent.path("attempts").asInt()).isEqualTo(1);
                assertThat(Instant.parse(sent.path("sentAt").asString())).isEqualTo(clock.instant());

                node.advance(Duration.ofMinutes(5));
                assertThat(mail.to(MAYA)).as("once").hasSize(2);
                assertThat(node.timeline(incident, "notified")).hasSize(2);
                assertThat(node.timelineValid(incident)).isTrue();
            }
        }
    }
}
