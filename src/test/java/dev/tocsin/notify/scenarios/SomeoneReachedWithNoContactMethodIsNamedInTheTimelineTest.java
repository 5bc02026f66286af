package dev.tocsin.notify.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.MutableClock;
import dev.tocsin.support.TestDatabases;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Maya is on call but has removed her only contact method: the level still reaches her, nobody is
 * paged, and the timeline says so rather than leaving the team waiting for a page that never comes.
 */
class SomeoneReachedWithNoContactMethodIsNamedInTheTimelineTest {

    @Test
    void scenario() {
        try (MailServer mail = new MailServer();
                Node node = Node.start(TestDatabases.h2(), new MutableClock(Node.MONDAY), mail)) {
            JsonNode email = FullPath.contactMethod(node, "maya.ortiz", "email");
            Response removed = node.api()
                    .delete("/api/v1/users/maya.ortiz/contact-methods/" + email.path("id").asString());
            assertThat(removed.status()).as(removed.body()).isEqualTo(204);

            String id = node.declareP1("Portal unreachable");

            assertThat(FullPath.reached(node, id)).first().asString().endsWith(": maya.ortiz");
            List<JsonNode> notPaged = node.timeline(id, "not_paged");
            assertThat(notPaged).hasSize(1);
            assertThat(notPaged.getFirst().path("summary").asString())
                    .startsWith("Could not page maya.ortiz for ").endsWith(": they have no contact method");
            assertThat(node.notifications(id)).isEmpty();
            assertThat(node.timelineValid(id)).isTrue();

            // A vendor's support desk is reached as text; nobody expects it to be paged.
            Response vendor = node.api().post("/api/v1/incidents", """
                    {"title": "Billing sync failing", "severity": "P3", "services": ["whmcs"]}""");
            assertThat(vendor.status()).as(vendor.body()).isEqualTo(201);
            assertThat(FullPath.reached(node, vendor.text("id"))).anyMatch(level -> level.contains("vendor support"));
            assertThat(node.timeline(vendor.text("id"), "not_paged")).as("only Maya, reached at L1")
                    .extracting(entry -> entry.path("after").path("person").asString()).containsOnly("maya.ortiz");
        }
    }
}
