package dev.tocsin.notify.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.MutableClock;
import dev.tocsin.support.TestDatabases;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * With the SMTP server down for good, Maya's email is tried 6 times (the default), 10, 20, 40, 80
 * and 160 s apart, then given up; the failure is written to the incident's timeline.
 */
class AnEmailThatNeverGoesThroughIsGivenUpAndTheTimelineSaysSoTest {

    @Test
    void scenario() {
        try (MailServer mail = new MailServer();
                Node node = Node.start(TestDatabases.h2(), new MutableClock(Node.MONDAY), mail)) {
            String id = node.declareP1("Portal unreachable");
            node.awaitNotifications(id, n -> n.size() == 1 && n.getFirst().path("attempts").asInt() == 1);

            for (int tries = 2, wait = 10; tries <= 6; tries++, wait *= 2) {
                node.advance(Duration.ofSeconds(wait));
                assertThat(node.notifications(id).getFirst().path("attempts").asInt()).isEqualTo(tries);
                assertThat(node.timeline(id, "notification_failed")).as("not given up after %d tries", tries)
                        .hasSize(tries == 6 ? 1 : 0);
            }

            JsonNode given = node.notifications(id).getFirst();
            assertThat(given.path("status").asString()).isEqualTo("given-up");
            assertThat(given.path("sentAt").isNull()).isTrue();
            List<JsonNode> failed = node.timeline(id, "notification_failed");
            assertThat(failed.getFirst().path("summary").asString())
                    .startsWith("Could not page maya.ortiz by email after 6 tries: ");
            assertThat(failed.getFirst().path("after").path("attempts").asInt()).isEqualTo(6);
            assertThat(failed.getFirst().path("occurredAt").asString()).startsWith("2026-11-23T10:05:10");

            node.advance(Duration.ofMinutes(30));
            assertThat(node.notifications(id).getFirst().path("attempts").asInt()).as("no seventh try").isEqualTo(6);
            assertThat(node.timelineValid(id)).isTrue();
        }
    }
}
