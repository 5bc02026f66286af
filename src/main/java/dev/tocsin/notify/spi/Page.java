package dev.tocsin.notify.spi;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * One message to one person: one incident, or several bundled when they came close together for
 * the same contact method. Channels render it; {@link PageText} has the common wordings.
 *
 * @param idempotencyKey the same on every try of one delivery, so a receiver can drop repeats
 * @param recipient whom it pages
 * @param incidents at least one, newest first
 * @param sentAt when this try was made
 */
public record Page(String idempotencyKey, Recipient recipient, List<PagedIncident> incidents, Instant sentAt) {

    public Page {
        incidents = List.copyOf(incidents);
        if (incidents.isEmpty()) {
            throw new IllegalArgumentException("A page names at least one incident");
        }
    }

    /** The person paged. */
    public record Recipient(String username, String displayName) {
    }

    /**
     * An incident as a page shows it. {@code reason} says why this person is paged ("L2 tech lead",
     * "escalated by hand"); {@code acknowledgeLink} is a signed link that acknowledges as the
     * recipient, {@code openLink} the incident's page.
     */
    public record PagedIncident(String reference, String title, String severity, String status, String reason,
            URI openLink, URI acknowledgeLink) {
    }
}
