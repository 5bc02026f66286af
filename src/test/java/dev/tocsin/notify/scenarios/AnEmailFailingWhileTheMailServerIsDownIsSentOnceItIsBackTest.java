package dev.tocsin.notify.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.MutableClock;
import dev.tocsin.support.TestDatabases;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The SMTP server is down when Maya is paged: the delivery fails and waits 10 s, fails again and
 * waits 20 s (doubling), and once the server is back it is sent, exactly once. Meanwhile
 * {@code /health} reports email failing without turning DOWN.
 */
class AnEmailFailingWhileTheMailServerIsDownIsSentOnceItIsBackTest {

    private static final String MAYA = "maya.ortiz@portal.example.com";

    @Test
    void scenario() {
        try (MailServer mail = new MailServer();
                Node node = Node.start(TestDatabases.h2(), new MutableClock(Node.MONDAY), mail)) {
            String id = node.declareP1("Portal unreachable");

            JsonNode failed = node.awaitNotifications(id,
                    n -> n.size() == 1 && n.getFirst().path("attempts").asInt() == 1).getFirst();
            assertThat(failed.path("status").asString()).isEqualTo("failed-retrying");
            assertThat(failed.path("lastError").asString()).isNotBlank();
            assertThat(failed.path("dueAt").asString()).isEqualTo("2026-11-23T10:00:10Z");
            Response health = node.api().get("/health");
            assertThat(health.status()).as("a failing channel does not fail /health").isEqualTo(200);
            JsonNode email = health.json().path("checks").path("notifications").path("channels").path("email");
            assertThat(email.path("status").asString()).isEqualTo("FAILING");
            assertThat(email.path("lastError").asString()).isEqualTo(failed.path("lastError").asString());

            node.advance(Duration.ofSeconds(10));
            JsonNode again = node.notifications(id).getFirst();
            assertThat(again.path("attempts").asInt()).isEqualTo(2);
            assertThat(again.path("status").asString()).isEqualTo("failed-retrying");
            assertThat(again.path("dueAt").asString()).isEqualTo("2026-11-23T10:00:30Z");

            mail.start();
            node.advance(Duration.ofSeconds(19));
            assertThat(mail.to(MAYA)).as("not before its backoff").isEmpty();
            node.advance(Duration.ofSeconds(1));
            assertThat(mail.awaitTo(MAYA, 1)).hasSize(1);
            JsonNode sent = node.notifications(id).getFirst();
            assertThat(sent.path("status").asString()).isEqualTo("sent");
            assertThat(sent.path("attempts").asInt()).isEqualTo(3);
            assertThat(sent.path("lastError").isNull()).isTrue();

            node.advance(Duration.ofMinutes(10));
            assertThat(mail.to(MAYA)).as("exactly once").hasSize(1);
            assertThat(node.timeline(id, "notified")).hasSize(1);
            assertThat(node.timeline(id, "notification_failed")).isEmpty();
            assertThat(node.api().get("/health").json().path("checks").path("notifications").path("channels")
                    .path("email").path("status").asString()).isEqualTo("UP");
        }
    }
}
