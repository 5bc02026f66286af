package dev.tocsin.notify.spi;

import dev.tocsin.notify.ContactMethodType;
import java.util.Optional;

/**
 * One way of reaching a person: email, Slack, Teams, a webhook, SMS, voice. Each channel is a
 * Spring bean of its own; delivery picks the one whose {@link #type()} matches the contact method.
 * A channel sends and reports; retries, backoff, throttling and the delivery log are delivery's job.
 */
public interface NotificationChannel {

    /** The contact methods this channel delivers to. */
    ContactMethodType type();

    /**
     * Why this channel could never deliver to {@code address} (a malformed email, a Slack URL that
     * is not https), said so a person can fix it; empty when it looks deliverable. Called when a
     * contact method is saved, so a typo is refused then and not discovered during an incident.
     */
    Optional<String> problemWith(String address);

    /**
     * Sends one page to {@code address}. Must not throw for a failed delivery: it says how it failed.
     * Sent at least once: a retry carries the same {@link Page#idempotencyKey()}, which a channel passes
     * on where the far side understands one (webhook header, Twilio's idempotency token).
     */
    SendOutcome send(Page page, String address);
}
