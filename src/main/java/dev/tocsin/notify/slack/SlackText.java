package dev.tocsin.notify.slack;

import dev.tocsin.notify.spi.Page;
import dev.tocsin.notify.spi.Page.PagedIncident;
import dev.tocsin.notify.spi.PageText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Slack messages: {@code text} is the notification and screen-reader line, {@code blocks} what
 * the app shows. Titles are people's text, so Slack's three control characters are escaped.
 */
final class SlackText {

    private SlackText() {
    }

    /** A page: per incident a section and its Acknowledge and Open buttons. */
    static Map<String, Object> page(Page page) {
        List<Object> blocks = new ArrayList<>();
        for (PagedIncident incident : page.incidents()) {
            blocks.add(section("*[" + escape(incident.severity()) + "] " + escape(incident.reference()) + " "
                    + escape(incident.title()) + "*\nStatus: " + escape(incident.status()) + " · Paged as "
                    + escape(incident.reason())));
            blocks.add(Map.of("type", "actions", "elements", List.of(
                    button("Acknowledge", incident.acknowledgeLink().toString(), true),
                    button("Open", incident.openLink().toString(), false))));
        }
        return Map.of("text", PageText.subject(page), "blocks", blocks);
    }

    static Map<String, Object> section(String mrkdwn) {
        return Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", mrkdwn));
    }

    private static Map<String, Object> button(String label, String url, boolean primary) {
        Map<String, Object> text = Map.of("type", "plain_text", "text", label);
        return primary ? Map.of("type", "button", "text", text, "url", url, "style", "primary")
                : Map.of("type", "button", "text", text, "url", url);
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
