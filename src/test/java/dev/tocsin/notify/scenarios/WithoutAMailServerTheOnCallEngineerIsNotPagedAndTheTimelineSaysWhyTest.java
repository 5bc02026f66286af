package dev.tocsin.notify.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.notify.LocalReceiver;
import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.MutableClock;
import dev.tocsin.support.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Tocsin as it starts by default, with no SMTP server: the example people's only contact method
 * is email, so Maya, reached at L1, cannot be paged. The timeline says so and why, instead of the
 * team waiting for a page that is not coming.
 */
class WithoutAMailServerTheOnCallEngineerIsNotPagedAndTheTimelineSaysWhyTest {

    @Test
    void scenario() {
        try (Node node = Node.start(TestDatabases.h2(), new MutableClock(Node.MONDAY), null)) {
            String id = node.declareP1("Portal unreachable");

            assertThat(FullPath.reached(node, id)).first().asString().endsWith(": maya.ortiz");
            List<JsonNode> notPaged = node.timeline(id, "not_paged");
            assertThat(notPaged).hasSize(1);
            assertThat(notPaged.getFirst().path("summary").asString()).startsWith("Could not page maya.ortiz for ")
                    .endsWith(": no channel on this server sends to their email (docs/channels.md)");
            assertThat(notPaged.getFirst().path("actor").asString()).isEqualTo("tocsin:notify");
            assertThat(node.notifications(id)).as("nothing tried, nothing to retry").isEmpty();
        }
    }

    @Test
    void rules_that_name_only_the_email_page_nobody_and_say_so_though_a_webhook_is_there() {
        try (LocalReceiver receiver = new LocalReceiver();
                Node node = Node.start(TestDatabases.h2(), new MutableClock(Node.MONDAY), null,
                        "--tocsin.notify.allow-private-addresses=true")) {
            JsonNode email = FullPath.contactMethod(node, "maya.ortiz", "email");
            Response webhook = node.api().post("/api/v1/users/maya.ortiz/contact-methods", """
                    {"type": "webhook", "address": "%s", "label": "pager bridge"}""".formatted(receiver.url("/page")));
            assertThat(webhook.status()).as(webhook.body()).isEqualTo(201);
            Response rules = node.api().put("/api/v1/users/maya.ortiz/notification-rules", """
                    [{"delay": "PT0S", "contactMethod": "%s"}]""".formatted(email.path("id").asString()));
            assertThat(rules.status()).as(rules.body()).isEqualTo(200);

            String id = node.declareP1("Portal unreachable");

            List<JsonNode> notPaged = node.timeline(id, "not_paged");
            assertThat(notPaged).hasSize(1);
            assertThat(notPaged.getFirst().path("summary").asString())
                    .endsWith(": no channel on this server sends to their email (docs/channels.md)");
            assertThat(node.notifications(id)).isEmpty();
            assertThat(receiver.received()).as("the webhook is not in her rules").isEmpty();
        }
    }
}
