package dev.tocsin.oncall.internal;

import dev.tocsin.platform.Problem;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may read a calendar feed: a caller with an API token (any role reads), or anyone holding the
 * feed's signed link, because Google Calendar, Outlook and Apple Calendar cannot send a token. The
 * security filter chain lets the feeds through unauthenticated for this check to decide.
 */
@Component
class FeedAccess {

    private final FeedSigner signer;

    FeedAccess(FeedSigner signer) {
        this.signer = signer;
    }

    /**
     * @param principal the token's caller, null when the request came without one
     * @param key the {@code ?key=} parameter, null when absent
     */
    void check(String path, Principal principal, String key) {
        if (principal != null) {
            return;
        }
        String linkPath = path.replace("/calendar.ics", "/calendar-link");
        if (key == null || key.isBlank()) {
            throw Problem.unauthenticated("Send an API token as 'Authorization: Bearer <token>', or subscribe with "
                    + "the signed link that GET " + linkPath + " gives.");
        }
        if (!signer.verifies(path, key)) {
            throw new Problem(HttpStatus.FORBIDDEN, "invalid-calendar-key", "Invalid calendar key",
                    "The key does not match this feed: the link was altered, or the server's signing secret has "
                            + "changed since it was made. Get a new link from GET " + linkPath + ".", Map.of());
        }
    }
}
