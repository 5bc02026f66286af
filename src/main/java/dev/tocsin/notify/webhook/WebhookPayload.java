package dev.tocsin.notify.webhook;

import dev.tocsin.notify.spi.Page;
import java.util.List;

/**
 * The JSON a webhook receiver gets, documented in docs/channels.md: its fields are a contract with
 * code we do not own, so they are added to, never renamed. {@code version} says which contract.
 */
record WebhookPayload(int version, String event, String idempotencyKey, String sentAt, Recipient recipient,
        List<Incident> incidents) {

    static final int VERSION = 1;

    record Recipient(String username, String displayName) {
    }

    record Incident(String reference, String title, String severity, String status, String reason, Links links) {
    }

    record Links(String open, String acknowledge) {
    }

    static WebhookPayload of(Page page) {
        return new WebhookPayload(VERSION, "page", page.idempotencyKey(), page.sentAt().toString(),
                new Recipient(page.recipient().username(), page.recipient().displayName()),
                page.incidents().stream().map(i -> new Incident(i.reference(), i.title(), i.severity(), i.status(),
                        i.reason(), new Links(text(i.openLink()), text(i.acknowledgeLink())))).toList());
    }

    private static String text(Object link) {
        return link == null ? null : link.toString();
    }
}
