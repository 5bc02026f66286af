package dev.tocsin.notify;

import dev.tocsin.notify.spi.Page;
import dev.tocsin.notify.spi.Page.PagedIncident;
import dev.tocsin.notify.spi.Page.Recipient;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Pages as delivery hands them to channels, for channel tests. */
public final class Pages {

    public static final Instant SENT_AT = Instant.parse("2026-11-30T09:15:00Z");
    public static final Recipient MAYA = new Recipient("maya.ortiz", "Maya Ortiz");

    private Pages() {
    }

    public static PagedIncident portalDown() {
        return new PagedIncident("INC-7", "Portal unreachable", "P1", "triggered", "L1 on-call",
                URI.create("https://tocsin.example.com/incidents/INC-7"),
                URI.create("https://tocsin.example.com/ack/eyJpbmMiOjd9.c2lnbmF0dXJl"));
    }

    public static PagedIncident slowSearch() {
        return new PagedIncident("INC-8", "Search is slow", "P3", "triggered", "L1 on-call",
                URI.create("https://tocsin.example.com/incidents/INC-8"),
                URI.create("https://tocsin.example.com/ack/eyJpbmMiOjh9.c2lnbmF0dXJl"));
    }

    public static Page one() {
        return new Page("delivery-41-7", MAYA, List.of(portalDown()), SENT_AT);
    }

    public static Page two() {
        return new Page("delivery-42-2", MAYA, List.of(portalDown(), slowSearch()), SENT_AT);
    }
}
