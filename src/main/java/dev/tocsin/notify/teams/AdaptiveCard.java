package dev.tocsin.notify.teams;

import dev.tocsin.notify.spi.Page;
import dev.tocsin.notify.spi.Page.PagedIncident;
import dev.tocsin.notify.spi.PageText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page as the message a Teams Workflows webhook posts: one Adaptive Card (1.4, what Teams
 * renders) with the subject, a title and facts per incident, and Acknowledge and Open buttons
 * that open Tocsin's links: buttons, since a card cannot act back without a bot.
 */
final class AdaptiveCard {

    private AdaptiveCard() {
    }

    static Map<String, Object> message(Page page) {
        List<Object> body = new ArrayList<>();
        body.add(Map.of("type", "TextBlock", "text", PageText.subject(page), "size", "Large", "weight", "Bolder",
                "wrap", true));
        List<Object> actions = new ArrayList<>();
        boolean bundled = page.incidents().size() > 1;
        for (PagedIncident incident : page.incidents()) {
            if (bundled) {
                body.add(Map.of("type", "TextBlock", "text", incident.reference() + " " + incident.title(),
                        "weight", "Bolder", "wrap", true, "spacing", "Medium"));
            }
            body.add(Map.of("type", "FactSet", "facts", List.of(
                    fact("Severity", incident.severity()),
                    fact("Status", incident.status()),
                    fact("Paged as", incident.reason()))));
            String suffix = bundled ? " " + incident.reference() : "";
            actions.add(openUrl("Acknowledge" + suffix, incident.acknowledgeLink().toString()));
            actions.add(openUrl("Open" + suffix, incident.openLink().toString()));
        }
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("type", "AdaptiveCard");
        card.put("version", "1.4");
        card.put("body", body);
        card.put("actions", actions);
        return Map.of("type", "message", "attachments", List.of(Map.of(
                "contentType", "application/vnd.microsoft.card.adaptive",
                "content", card)));
    }

    private static Map<String, Object> fact(String title, String value) {
        return Map.of("title", title, "value", value == null ? "" : value);
    }

    private static Map<String, Object> openUrl(String title, String url) {
        return Map.of("type", "Action.OpenUrl", "title", title, "url", url);
    }
}
