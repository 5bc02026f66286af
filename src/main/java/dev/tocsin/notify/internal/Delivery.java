package dev.tocsin.notify.internal;

import dev.tocsin.notify.ContactMethodType;
import java.time.Instant;
import java.util.UUID;

/**
 * One rule step of one person reached for one incident: a row of the outbox.
 *
 * @param reason why they are paged: the level that reached them
 * @param step the position of the rule step (0 for the first)
 * @param messageKey the idempotency key of the message that carried it (several when bundled), once tried
 */
public record Delivery(UUID id, UUID incidentId, String username, UUID contactMethod, ContactMethodType channel,
        String address, String reason, int step, DeliveryStatus status, Instant dueAt, int attempts,
        String lastError, Instant lastAttemptAt, Instant sentAt, String messageKey, String idempotencyKey,
        Instant createdAt) {

    static Delivery pending(UUID incidentId, String username, UUID contactMethod, ContactMethodType channel,
            String address, String reason, int step, Instant dueAt, Instant now) {
        UUID id = UUID.randomUUID();
        return new Delivery(id, incidentId, username, contactMethod, channel, address, reason, step,
                DeliveryStatus.PENDING, dueAt, 0, null, null, null, null, "tocsin-delivery-" + id, now);
    }
}
