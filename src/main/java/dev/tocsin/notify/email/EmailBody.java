package dev.tocsin.notify.email;

import dev.tocsin.notify.spi.Page;
import dev.tocsin.notify.spi.Page.PagedIncident;
import org.springframework.web.util.HtmlUtils;

/**
 * The text and HTML of a paging email. Every value from outside (titles, names, links) is escaped
 * in the HTML: an incident title is whatever an alert said.
 */
final class EmailBody {

    private EmailBody() {
    }

    static String text(Page page) {
        StringBuilder text = new StringBuilder("Hello " + page.recipient().displayName() + ",\n\n");
        text.append(page.incidents().size() == 1 ? "You are paged for an incident:\n\n"
                : "You are paged for " + page.incidents().size() + " incidents:\n\n");
        for (PagedIncident i : page.incidents()) {
            text.append("[").append(i.severity()).append("] ").append(i.reference()).append(" ").append(i.title())
                    .append("\n  Status: ").append(i.status()).append(". Why you: ").append(i.reason())
                    .append("\n  Acknowledge: ").append(i.acknowledgeLink())
                    .append("\n  Open: ").append(i.openLink()).append("\n\n");
        }
        return text.append("-- Tocsin\n").toString();
    }

    static String html(Page page) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html><body style="font-family: sans-serif">
                <p>Hello %s,</p><p>%s</p>
                """.formatted(escape(page.recipient().displayName()), page.incidents().size() == 1
                ? "You are paged for an incident:" : "You are paged for " + page.incidents().size() + " incidents:"));
        for (PagedIncident i : page.incidents()) {
            html.append("""
                    <div class="incident" style="margin: 1em 0; padding: .5em 1em; border-left: 4px solid #c0392b">
                    <p><strong>[%s] %s</strong> %s<br>Status: %s. Why you: %s</p>
                    <p><a class="acknowledge" href="%s">Acknowledge</a> &middot; <a class="open" href="%s">Open %s</a></p>
                    </div>
                    """.formatted(escape(i.severity()), escape(i.reference()), escape(i.title()), escape(i.status()),
                    escape(i.reason()), escape(i.acknowledgeLink().toString()), escape(i.openLink().toString()),
                    escape(i.reference())));
        }
        return html.append("<p>&mdash; Tocsin</p></body></html>\n").toString();
    }

    private static String escape(String value) {
        return HtmlUtils.htmlEscape(value == null ? "" : value, "UTF-8");
    }
}
