package dev.tocsin.notify.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.notify.spi.Page;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmailBodyTest {

    private static Page.PagedIncident incident(String reference, String title) {
        return new Page.PagedIncident(reference, title, "P1", "triggered", "L1 <on-call>",
                URI.create("https://t.example.com/incidents/" + reference),
                URI.create("https://t.example.com/ack/" + reference + "?a=1&b=2"));
    }

    @Test
    void the_html_escapes_every_value_from_outside() {
        Page page = new Page("k", new Page.Recipient("m", "<img src=x onerror=alert(1)>"),
                List.of(incident("INC-1", "\"quoted\" & <b>bold</b>")), Instant.EPOCH);

        String html = EmailBody.html(page);

        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;").contains("&quot;quoted&quot; &amp; &lt;b&gt;")
                .contains("L1 &lt;on-call&gt;").contains("href=\"https://t.example.com/ack/INC-1?a=1&amp;b=2\"")
                .doesNotContain("<b>bold</b>").doesNotContain("<img");
    }

    @Test
    void a_bundle_lists_each_incident_with_its_own_links() {
        Page page = new Page("k", new Page.Recipient("m", "Maya"),
                List.of(incident("INC-2", "Two"), incident("INC-1", "One")), Instant.EPOCH);

        String text = EmailBody.text(page);

        assertThat(text).contains("You are paged for 2 incidents:")
                .contains("Acknowledge: https://t.example.com/ack/INC-2?a=1&b=2")
                .contains("Acknowledge: https://t.example.com/ack/INC-1?a=1&b=2");
        assertThat(text.indexOf("INC-2")).isLessThan(text.indexOf("INC-1"));
    }
}
