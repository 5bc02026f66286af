package dev.tocsin.notify.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.tocsin.notify.spi.Page;
import dev.tocsin.notify.spi.SendOutcome;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The email channel against a real SMTP server (GreenMail): what it sends, and how it says it failed. */
class EmailChannelTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Page PAGE = new Page("tocsin-delivery-42", new Page.Recipient("maya.ortiz", "Maya \"M\" Ortiz"),
            List.of(new Page.PagedIncident("INC-7", "Cart <script>alert(1)</script>", "P1", "triggered",
                    "L1 on-call engineer", URI.create("https://tocsin.example.com/incidents/INC-7"),
                    URI.create("https://tocsin.example.com/ack/abc.def?x=1&y=2"))),
            Instant.parse("2026-11-23T10:00:00Z"));

    private EmailChannel channel(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        sender.setJavaMailProperties(properties);
        return new EmailChannel(sender, "tocsin@tocsin.example.com");
    }

    @Test
    void a_page_is_sent_as_text_and_escaped_html_with_its_idempotency_key_as_message_id() throws Exception {
        SendOutcome outcome = channel(SMTP.getSmtp().getPort()).send(PAGE, "maya@portal.example.com");

        assertThat(outcome).isEqualTo(new SendOutcome.Delivered("<tocsin-delivery-42@tocsin>"));
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("[P1] INC-7 Cart <script>alert(1)</script>");
        assertThat(received.getMessageID()).isEqualTo("<tocsin-delivery-42@tocsin>");
        assertThat(received.getHeader(EmailChannel.IDEMPOTENCY_HEADER)[0]).isEqualTo("tocsin-delivery-42");
        String raw = GreenMailUtil.getWholeMessage(received);
        assertThat(raw).contains("text/plain").contains("text/html");
        assertThat(part(received, "text/plain")).contains("Cart <script>alert(1)</script>")
                .contains("https://tocsin.example.com/ack/abc.def?x=1&y=2");
        assertThat(part(received, "text/html")).contains("Cart &lt;script&gt;").doesNotContain("<script>")
                .contains("Maya &quot;M&quot; Ortiz");
    }

    private static String part(jakarta.mail.Part message, String type) throws Exception {
        if (message.isMimeType(type)) {
            return (String) message.getContent();
        }
        if (message.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void addresses_are_checked_before_they_are_saved() {
        EmailChannel email = channel(SMTP.getSmtp().getPort());

        assertThat(email.problemWith("maya@portal.example.com")).isEmpty();
        assertThat(email.problemWith("not an address")).get().asString().contains("not an address");
        assertThat(email.problemWith("a@x.example.com, b@x.example.com")).isPresent();
        assertThat(email.problemWith("Maya <maya@portal.example.com>")).as("one plain address").isPresent();
        assertThat(email.problemWith("maya")).isPresent();
    }

    @Test
    void an_unreachable_server_is_a_failure_worth_retrying() {
        SendOutcome outcome = channel(1).send(PAGE, "maya@portal.example.com");

        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Failed.class, failed -> {
            assertThat(failed.permanent()).isFalse();
            assertThat(failed.reason()).isNotBlank();
        });
    }
}
