package dev.tocsin.notify.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.MutableClock;
import dev.tocsin.support.TestDatabases;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Maya's rules: her email at once, her pager address 5 minutes later. The second step goes only
 * once the clock has passed 5 minutes; for an incident acknowledged before then it never goes,
 * and shows as cancelled.
 */
class ALaterRuleStepWaitsForItsDelayAndNeverComesOnceAcknowledgedTest {

    private static final String EMAIL = "maya.ortiz@portal.example.com";
    private static final String PAGER = "maya.pager@portal.example.com";

    @Test
    void scenario() {
        try (MailServer mail = new MailServer().start();
                Node node = Node.start(TestDatabases.h2(), new MutableClock(Node.MONDAY), mail)) {
            String methods = "/api/v1/users/maya.ortiz/contact-methods";
            String email = StreamSupport.stream(node.api().get(methods).json().spliterator(), false)
                    .filter(m -> m.path("address").asString().equals(EMAIL)).findFirst().orElseThrow()
                    .path("id").asString();
            Response pager = node.api().post(methods, """
                    {"type": "email", "address": "%s", "label": "pager"}""".formatted(PAGER));
            assertThat(pager.status()).as(pager.body()).isEqualTo(201);
            Response rules = node.api().put("/api/v1/users/maya.ortiz/notification-rules", """
                    [{"delay": "PT0S", "contactMethod": "%s"}, {"delay": "PT5M", "contactMethod": "%s"}]"""
                    .formatted(email, pager.text("id")));
            assertThat(rules.status()).as(rules.body()).isEqualTo(200);

            String first = node.declareP1("Portal unreachable");
            mail.awaitTo(EMAIL, 1);
            List<JsonNode> steps = node.awaitNotifications(first, n -> n.size() == 2
                    && n.get(0).path("status").asString().equals("sent"));
            assertThat(steps.get(1).path("status").asString()).isEqualTo("pending");
            assertThat(steps.get(1).path("dueAt").asString()).isEqualTo("2026-11-23T10:05:00Z");

            node.advance(Duration.ofMinutes(4).plusSeconds(59));
            assertThat(mail.to(PAGER)).as("not before its 5 minutes").isEmpty();

            node.advance(Duration.ofSeconds(1));
            assertThat(mail.awaitTo(PAGER, 1)).hasSize(1);
            assertThat(node.awaitNotifications(first, n -> n.get(1).path("status").asString().equals("sent")))
                    .extracting(n -> n.path("step").asInt()).containsExactly(0, 1);

            String second = node.declareP1("Checkout fails");
            mail.awaitTo(EMAIL, 2);
            node.acknowledge(second);
            assertThat(node.notifications(second)).extracting(n -> n.path("status").asString())
                    .containsExactly("sent", "cancelled");

            node.advance(Duration.ofMinutes(6));
            assertThat(mail.to(PAGER)).as("only the first incident's second step").hasSize(1);
            JsonNode cancelled = node.notifications(second).get(1);
            assertThat(cancelled.path("status").asString()).isEqualTo("cancelled");
            assertThat(cancelled.path("attempts").asInt()).isZero();
            assertThat(cancelled.path("lastError").asString()).contains("acknowledged");
        }
    }
}
