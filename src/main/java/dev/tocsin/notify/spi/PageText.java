package dev.tocsin.notify.spi;

import dev.tocsin.notify.spi.Page.PagedIncident;
import java.util.stream.Collectors;

/** The wordings every channel shares, so an SMS and an email say the same thing. */
public final class PageText {

    private PageText() {
    }

    /** "[P1] INC-7 Portal unreachable" or "3 incidents: INC-7, INC-8, INC-9". */
    public static String subject(Page page) {
        if (page.incidents().size() == 1) {
            PagedIncident incident = page.incidents().getFirst();
            return "[" + incident.severity() + "] " + incident.reference() + " " + incident.title();
        }
        return page.incidents().size() + " incidents: "
                + page.incidents().stream().map(PagedIncident::reference).collect(Collectors.joining(", "));
    }

    /** One line per incident with why and the acknowledge link: short enough for an SMS of one incident. */
    public static String plain(Page page) {
        return page.incidents().stream()
                .map(i -> "[" + i.severity() + "] " + i.reference() + " " + i.title() + " (" + i.reason() + "). Ack: "
                        + i.acknowledgeLink())
                .collect(Collectors.joining("\n"));
    }
}
