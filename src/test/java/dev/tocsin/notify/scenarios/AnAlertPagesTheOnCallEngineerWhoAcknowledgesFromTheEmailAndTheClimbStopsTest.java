package dev.tocsin.notify.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.notify.LocalReceiver;
import dev.tocsin.notify.LocalReceiver.Received;
import dev.tocsin.support.ApiClient.Response;
import dev.tocsin.support.BothDatabases;
import dev.tocsin.support.MutableClock;
import dev.tocsin.support.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 6's full path, with real parts only: Alertmanager posts a firing alert to the CRM's
 * example integration key; one incident opens; its L1 level reaches whoever the CRM schedule has
 * on call; that person's rules ("email and webhook at once") send an email to a real SMTP server
 * and a signed JSON request to a local receiver, each once, each with the acknowledge link. The
 * link, opened from the email by a plain HTTP client that is not signed in, shows the confirm page;
 * its button's POST acknowledges as that person. Past the platform lead's 15, the DevOps team's 30
 * and management's 45 minutes nobody else is reached or paged. On H2 and on PostgreSQL.
 */
class AnAlertPagesTheOnCallEngineerWhoAcknowledgesFromTheEmailAndTheClimbStopsTest {

    private static final String CRM_EVENTS_KEY = "example-crm-events-alertmanager-key";
    private static final String SIGNING_SECRET = "full-path-signing-secret-0123456789abcdef";

    @BothDatabases
    void scenario(TestDatabase db) throws Exception {
        try (MailServer mail = new MailServer().start();
                LocalReceiver receiver = new LocalReceiver();
                Node node = Node.start(db, new MutableClock(Node.MONDAY), mail,
                        "--tocsin.notify.allow-private-addresses=true",
                        "--tocsin.notify.webhook.signing-secret=" + SIGNING_SECRET)) {
            // Who the CRM's L1 reaches now: the primary layer of crm-on-call at the test clock's now.
            String onCall = FullPath.onCallPrimary(node, "crm-on-call");
            JsonNode emailMethod = FullPath.contactMethod(node, onCall, "email");
            String email = emailMethod.path("address").asString();

            Response webhook = node.api().post("/api/v1/users/" + onCall + "/contact-methods", """
                    {"type": "webhook", "address": "%s", "label": "pager bridge"}"""
                    .formatted(receiver.url("/tocsin")));
            assertThat(webhook.status()).as(webhook.body()).isEqualTo(201);
            Response rules = node.api().put("/api/v1/users/" + onCall + "/notification-rules", """
                    [{"delay": "PT0S", "contactMethod": "%s"}, {"delay": "PT0S", "contactMethod": "%s"}]"""
                    .formatted(emailMethod.path("id").asString(), webhook.text("id")));
            assertThat(rules.status()).as(rules.body()).isEqualTo(200);

            // Alertmanager's webhook, as it posts a firing group.
            FullPath.alertmanagerFires(node, CRM_EVENTS_KEY, "CrmEventsStalled", "CRM events are not consumed");

            List<JsonNode> incidents = FullPath.incidentsOn(node, "crm-events");
            assertThat(incidents).as("one incident opened").hasSize(1);
            JsonNode incident = incidents.getFirst();
            String id = incident.path("id").asString();
            String reference = incident.path("number").asString();
            assertThat(incident.path("severity").asString()).isEqualTo("P1");
            assertThat(incident.path("status").asString()).isEqualTo("triggered");
            assertThat(FullPath.reached(node, id)).containsExactly("1 on-call engineer: " + onCall);

            // Email and webhook at once, each once.
            MimeMessage message = mail.awaitTo(email, 1).getFirst();
            List<JsonNode> sent = node.awaitNotifications(id, n -> n.size() == 2
                    && n.stream().allMatch(d -> d.path("status").asString().equals("sent")));
            assertThat(sent).extracting(d -> d.path("channel").asString()).containsExactlyInAnyOrder("email", "webhook");
            assertThat(sent).allSatisfy(d -> assertThat(d.path("person").asString()).isEqualTo(onCall));
            String text = MailServer.part(message, "text/plain");
            String ackLink = FullPath.ackLink(text);
            assertThat(MailServer.subject(message)).contains(reference).contains("CRM events are not consumed");

            assertThat(receiver.received()).hasSize(1);
            Received request = receiver.received().getFirst();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/tocsin");
            assertThat(FullPath.signatureHolds(request, SIGNING_SECRET)).as("signed with the operator's secret").isTrue();
            assertThat(FullPath.signatureHolds(request, "some-other-secret-0123456789abcdefghij")).isFalse();
            JsonNode page = JsonMapper.shared().readTree(request.body());
            assertThat(page.path("recipient").path("username").asString()).isEqualTo(onCall);
            JsonNode paged = page.path("incidents").get(0);
            assertThat(paged.path("reference").asString()).isEqualTo(reference);
            assertThat(paged.path("links").path("acknowledge").asString()).isEqualTo(ackLink);

            // The link from the email, opened by someone who is not signed in: the page, then its button.
            FullPath.acknowledgeFromTheLink(node, ackLink, reference);

            assertThat(node.api().get("/api/v1/incidents/" + id).text("status")).isEqualTo("acknowledged");
            assertThat(node.timeline(id, "status_changed")).singleElement().satisfies(entry ->
                    assertThat(entry.path("actor").asString()).isEqualTo(onCall + " (acknowledge link)"));
            assertThat(node.timelineValid(id)).isTrue();

            // Past the platform lead's 15, the DevOps team's 30 and management's 45 minutes.
            for (int quarter = 1; quarter <= 4; quarter++) {
                node.advance(Duration.ofMinutes(15));
                assertThat(FullPath.reached(node, id)).as("at " + node.now()).containsExactly("1 on-call engineer: " + onCall);
            }
            assertThat(node.api().get("/api/v1/incidents/" + id + "/escalation").json().path("next").isNull())
                    .as("nothing left to climb").isTrue();
            assertThat(mail.received()).as("nobody else emailed, the on-call engineer once").hasSize(1);
            assertThat(receiver.received()).as("the webhook once").hasSize(1);
            assertThat(node.notifications(id)).as("no page written for a later level").hasSize(2);
            assertThat(node.timeline(id, "escalated")).hasSize(1);
        }
    }
}
