package dev.tocsin.notify.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.notify.LocalReceiver;
import dev.tocsin.notify.LocalReceiver.Answer;
import dev.tocsin.notify.LocalReceiver.Received;
import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.MutableClock;
import dev.tocsin.support.TestDatabases;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Maya's only contact method is a webhook whose receiver answers 503 twice: the page is tried
 * again after 10 s and then 20 s, each time signed afresh and with the same Idempotency-Key, and
 * the third try is taken. It is recorded as sent once, after three attempts.
 */
class AWebhookReceiverThatFailsIsRetriedUntilItTakesThePageTest {

    private static final String SECRET = "retry-signing-secret-0123456789abcdef";

    @Test
    void scenario() throws Exception {
        AtomicInteger tries = new AtomicInteger();
        try (MailServer mail = new MailServer();
                LocalReceiver receiver = new LocalReceiver().answering(request ->
                        Answer.of(tries.incrementAndGet() <= 2 ? 503 : 200));
                Node node = Node.start(TestDatabases.h2(), new MutableClock(Node.MONDAY), mail,
                        "--tocsin.notify.allow-private-addresses=true",
                        "--tocsin.notify.webhook.signing-secret=" + SECRET)) {
            JsonNode email = FullPath.contactMethod(node, "maya.ortiz", "email");
            Response removed = node.api()
                    .delete("/api/v1/users/maya.ortiz/contact-methods/" + email.path("id").asString());
            assertThat(removed.status()).as(removed.body()).isEqualTo(204);
            Response webhook = node.api().post("/api/v1/users/maya.ortiz/contact-methods", """
                    {"type": "webhook", "address": "%s", "label": "pager bridge"}"""
                    .formatted(receiver.url("/page")));
            assertThat(webhook.status()).as(webhook.body()).isEqualTo(201);

            String id = node.declareP1("Portal unreachable");
            JsonNode failed = node.awaitNotifications(id,
                    n -> n.size() == 1 && n.getFirst().path("attempts").asInt() == 1).getFirst();
            assertThat(failed.path("status").asString()).isEqualTo("failed-retrying");
            assertThat(failed.path("lastError").asString()).contains("503");
            assertThat(failed.path("dueAt").asString()).isEqualTo("2026-11-23T10:00:10Z");

            node.advance(Duration.ofSeconds(10));
            assertThat(receiver.received()).hasSize(2);
            node.advance(Duration.ofSeconds(19));
            assertThat(receiver.received()).as("not before its backoff").hasSize(2);
            node.advance(Duration.ofSeconds(1));

            JsonNode sent = node.awaitNotifications(id, n -> n.getFirst().path("status").asString().equals("sent"))
                    .getFirst();
            assertThat(sent.path("attempts").asInt()).isEqualTo(3);
            List<Received> requests = receiver.received();
            assertThat(requests).hasSize(3);
            assertThat(requests).extracting(r -> r.header("Idempotency-Key")).doesNotContainNull().containsOnly(
                    requests.getFirst().header("Idempotency-Key"));
            for (Received request : requests) {
                assertThat(FullPath.signatureHolds(request, SECRET)).as("each try signed").isTrue();
            }
            node.advance(Duration.ofMinutes(10));
            assertThat(receiver.received()).as("exactly once taken, never again").hasSize(3);
            assertThat(node.timeline(id, "notified")).hasSize(1);
            assertThat(node.timeline(id, "notification_failed")).isEmpty();
        }
    }
}
