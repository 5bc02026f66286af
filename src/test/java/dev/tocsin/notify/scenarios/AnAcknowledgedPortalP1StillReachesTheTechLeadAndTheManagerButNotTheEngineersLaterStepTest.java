package dev.tocsin.notify.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.notify.LocalReceiver;
import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.BothDatabases;
import dev.tocsin.support.MutableClock;
import dev.tocsin.support.TestDatabase;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The full path on the Customer Portal, where the acknowledge link stops less: Alertmanager posts
 * a critical alert for the BFF, a P1 opens, and its L1 on-call engineer's rules are "email at once,
 * webhook after 5 minutes". Acknowledged from the email's link at 2 minutes, the engineer's webhook
 * step never goes (rules stop when the incident is acknowledged), but the seed's L2 tech lead waits
 * on "unresolved for 30 minutes" and L3 engineering manager on "a P1 unresolved for an hour", not on
 * acknowledgment: both are reached and emailed on time. The link stops only what waits on
 * acknowledgment. On H2 and on PostgreSQL.
 */
class AnAcknowledgedPortalP1StillReachesTheTechLeadAndTheManagerButNotTheEngineersLaterStepTest {

    private static final String PORTAL_BFF_KEY = "example-portal-bff-alertmanager-key";

    @BothDatabases
    void scenario(TestDatabase db) throws Exception {
        try (MailServer mail = new MailServer().start();
                LocalReceiver receiver = new LocalReceiver();
                Node node = Node.start(db, new MutableClock(Node.MONDAY), mail,
                        "--tocsin.notify.allow-private-addresses=true")) {
            String onCall = FullPath.onCallPrimary(node, "portal-on-call");
            String email = FullPath.contactMethod(node, onCall, "email").path("address").asString();
            Response webhook = node.api().post("/api/v1/users/" + onCall + "/contact-methods", """
                    {"type": "webhook", "address": "%s", "label": "pager bridge"}""".formatted(receiver.url("/tocsin")));
            assertThat(webhook.status()).as(webhook.body()).isEqualTo(201);
            Response rules = node.api().put("/api/v1/users/" + onCall + "/notification-rules", """
                    [{"delay": "PT0S", "contactMethod": "%s"}, {"delay": "PT5M", "contactMethod": "%s"}]"""
                    .formatted(FullPath.contactMethod(node, onCall, "email").path("id").asString(), webhook.text("id")));
            assertThat(rules.status()).as(rules.body()).isEqualTo(200);
            String techLead = FullPath.contactMethod(node, "sara.lind", "email").path("address").asString();
            String manager = FullPath.contactMethod(node, "omar.haddad", "email").path("address").asString();

            FullPath.alertmanagerFires(node, PORTAL_BFF_KEY, "BffDown", "The BFF answers 503 to every request");

            List<JsonNode> incidents = FullPath.incidentsOn(node, "portal-bff");
            assertThat(incidents).as("one incident opened").hasSize(1);
            String id = incidents.getFirst().path("id").asString();
            String reference = incidents.getFirst().path("number").asString();
            assertThat(incidents.getFirst().path("severity").asString()).isEqualTo("P1");
            assertThat(FullPath.reached(node, id)).containsExactly("L1 on-call engineer: " + onCall);
            String link = FullPath.ackLink(MailServer.part(mail.awaitTo(email, 1).getFirst(), "text/plain"));
            assertThat(node.awaitNotifications(id, n -> n.size() == 2 && n.get(0).path("status").asString().equals("sent")))
                    .extracting(n -> n.path("channel").asString() + " " + n.path("status").asString())
                    .containsExactly("email sent", "webhook pending");

            node.advance(Duration.ofMinutes(2));
            FullPath.acknowledgeFromTheLink(node, link, reference);
            assertThat(node.timeline(id, "status_changed")).singleElement().satisfies(entry ->
                    assertThat(entry.path("actor").asString()).isEqualTo(onCall + " (acknowledge link)"));
            assertThat(node.notifications(id)).extracting(n -> n.path("status").asString())
                    .containsExactly("sent", "cancelled");

            node.advance(Duration.ofMinutes(27).plusSeconds(59));
            assertThat(FullPath.reached(node, id)).as("not before 30 minutes").hasSize(1);
            assertThat(mail.to(techLead)).isEmpty();
            assertThat(receiver.received()).as("the engineer's 5-minute webhook step never goes").isEmpty();

            node.advance(Duration.ofSeconds(1));
            assertThat(FullPath.reached(node, id)).as("acknowledged, yet unresolved at 30 minutes")
                    .containsExactly("L1 on-call engineer: " + onCall, "L2 tech lead: sara.lind");
            assertThat(mail.awaitTo(techLead, 1)).hasSize(1);

            node.advance(Duration.ofMinutes(30));
            assertThat(FullPath.reached(node, id)).as("a P1 unresolved at an hour").containsExactly(
                    "L1 on-call engineer: " + onCall, "L2 tech lead: sara.lind", "L3 engineering manager: omar.haddad");
            assertThat(mail.awaitTo(manager, 1)).hasSize(1);
            assertThat(mail.to(email)).as("the engineer emailed once").hasSize(1);
            assertThat(mail.to(techLead)).hasSize(1);
            assertThat(receiver.received()).isEmpty();
            assertThat(node.timelineValid(id)).isTrue();
        }
    }
}
