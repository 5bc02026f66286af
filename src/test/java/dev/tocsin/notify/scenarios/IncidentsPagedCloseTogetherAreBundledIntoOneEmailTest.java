package dev.tocsin.notify.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.support.MutableClock;
import dev.tocsin.support.TestDatabases;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Three P1s reach Maya within seconds: the first is emailed at once; her email then gets nothing
 * for the 30 s bundle window, and the other two go out together when it ends, in one message
 * naming both, each with its own acknowledge link.
 */
class IncidentsPagedCloseTogetherAreBundledIntoOneEmailTest {

    private static final String MAYA = "maya.ortiz@portal.example.com";

    @Test
    void scenario() throws Exception {
        try (MailServer mail = new MailServer().start();
                Node node = Node.start(TestDatabases.h2(), new MutableClock(Node.MONDAY), mail)) {
            String first = node.declareP1("Portal unreachable");
            mail.awaitTo(MAYA, 1);
            node.awaitNotifications(first, n -> n.getFirst().path("status").asString().equals("sent"));

            String second = node.declareP1("Checkout fails");
            String third = node.declareP1("Logins slow");
            for (String held : List.of(second, third)) {
                JsonNode waiting = node.awaitNotifications(held,
                        n -> n.getFirst().path("dueAt").asString().equals("2026-11-23T10:00:30Z")).getFirst();
                assertThat(waiting.path("status").asString()).isEqualTo("pending");
            }
            node.advance(Duration.ofSeconds(29));
            assertThat(mail.to(MAYA)).as("held for the window").hasSize(1);

            node.advance(Duration.ofSeconds(1));
            List<MimeMessage> emails = mail.awaitTo(MAYA, 2);
            MimeMessage bundle = emails.get(1);
            String two = node.reference(second);
            String three = node.reference(third);
            assertThat(MailServer.subject(bundle)).isEqualTo("2 incidents: " + three + ", " + two);
            String text = MailServer.part(bundle, "text/plain");
            assertThat(text).contains("You are paged for 2 incidents").contains("Checkout fails").contains("Logins slow")
                    .doesNotContain("Portal unreachable");
            assertThat(text.split(Node.PUBLIC_URL + "/ack/", -1)).as("an acknowledge link each").hasSize(3);
            assertThat(MailServer.header(bundle, "X-Tocsin-Idempotency-Key")).startsWith("tocsin-bundle-");

            for (String bundled : List.of(second, third)) {
                JsonNode sent = node.awaitNotifications(bundled,
                        n -> n.getFirst().path("status").asString().equals("sent")).getFirst();
                assertThat(sent.path("sentAt").asString()).isEqualTo("2026-11-23T10:00:30Z");
                assertThat(node.timeline(bundled, "notified").getFirst().path("summary").asString())
                        .isEqualTo("Paged maya.ortiz by email (2 incidents in one message): L1 on-call engineer");
            }
            node.advance(Duration.ofMinutes(2));
            assertThat(mail.to(MAYA)).hasSize(2);
        }
    }
}
