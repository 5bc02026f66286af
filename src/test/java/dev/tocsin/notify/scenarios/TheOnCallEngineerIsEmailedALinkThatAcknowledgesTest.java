package dev.tocsin.notify.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.notify.AcknowledgeTokens;
import dev.tocsin.support.MutableClock;
import dev.tocsin.support.TestDatabases;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A P1 on the portal's BFF reaches Maya, the engineer on call, and she gets an email at once, as
 * text and HTML, with a signed link that acknowledges as her and a link to the incident. The
 * delivery is in the incident's notifications and its timeline (without her address), and
 * {@code /health} says email works.
 */
class TheOnCallEngineerIsEmailedALinkThatAcknowledgesTest {

    private static final String MAYA = "maya.ortiz@portal.example.com";

    @Test
    void scenario() throws Exception {
        try (MailServer mail = new MailServer().start();
                Node node = Node.start(TestDatabases.h2(), new MutableClock(Node.MONDAY), mail)) {
            String id = node.declareP1("Portal <b>down</b> & out");
            String reference = node.reference(id);

            MimeMessage email = mail.awaitTo(MAYA, 1).getFirst();

            assertThat(MailServer.subject(email)).isEqualTo("[P1] " + reference + " Portal <b>down</b> & out");
            assertThat(email.getFrom()[0].toString()).isEqualTo("tocsin@tocsin.example.com");
            String text = MailServer.part(email, "text/plain");
            String html = MailServer.part(email, "text/html");
            assertThat(text).contains("Hello Maya Ortiz").contains("Portal <b>down</b> & out")
                    .contains("L1 on-call engineer").contains("Open: " + Node.PUBLIC_URL + "/incidents/" + reference);
            assertThat(html).as("what an alert says is escaped").contains("Portal &lt;b&gt;down&lt;/b&gt; &amp; out")
                    .doesNotContain("<b>down</b>");
            Matcher link = Pattern.compile(Pattern.quote(Node.PUBLIC_URL + "/ack/") + "([A-Za-z0-9_.-]+)").matcher(text);
            assertThat(link.find()).as(text).isTrue();
            assertThat(html).contains("href=\"" + Node.PUBLIC_URL + "/ack/" + link.group(1) + "\"");
            assertThat(node.bean(AcknowledgeTokens.class).check(link.group(1))).isInstanceOfSatisfying(
                    AcknowledgeTokens.Check.Valid.class, valid -> {
                        assertThat(valid.incidentId()).isEqualTo(UUID.fromString(id));
                        assertThat(valid.username()).isEqualTo("maya.ortiz");
                        assertThat(valid.expires()).isEqualTo(Node.MONDAY.plusSeconds(24 * 3600));
                    });

            List<JsonNode> notifications = node.awaitNotifications(id,
                    n -> n.size() == 1 && n.getFirst().path("status").asString().equals("sent"));
            JsonNode sent = notifications.getFirst();
            assertThat(sent.path("person").asString()).isEqualTo("maya.ortiz");
            assertThat(sent.path("channel").asString()).isEqualTo("email");
            assertThat(sent.path("level").asString()).isEqualTo("L1 on-call engineer");
            assertThat(sent.path("attempts").asInt()).isEqualTo(1);
            assertThat(sent.path("sentAt").asString()).startsWith("2026-11-23T10:00");
            String key = "tocsin-delivery-" + sent.path("id").asString();
            assertThat(MailServer.header(email, "X-Tocsin-Idempotency-Key")).isEqualTo(key);
            assertThat(MailServer.header(email, "Message-ID")).isEqualTo("<" + key + "@tocsin>");

            List<JsonNode> notified = node.timeline(id, "notified");
            assertThat(notified).hasSize(1);
            assertThat(notified.getFirst().path("summary").asString())
                    .isEqualTo("Paged maya.ortiz by email: L1 on-call engineer");
            assertThat(notified.getFirst().path("actor").asString()).isEqualTo("tocsin:notify");
            assertThat(notified.getFirst().path("after").path("channel").asString()).isEqualTo("email");
            assertThat(notified.getFirst().toString()).as("no address in the timeline").doesNotContain(MAYA);
            assertThat(node.timelineValid(id)).isTrue();

            JsonNode health = node.api().get("/health").json();
            assertThat(health.path("checks").path("notifications").path("channels").path("email").path("status")
                    .asString()).isEqualTo("UP");
        }
    }
}
