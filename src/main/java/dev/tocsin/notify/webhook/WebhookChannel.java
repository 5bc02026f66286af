package dev.tocsin.notify.webhook;

import dev.tocsin.notify.ContactMethodType;
import dev.tocsin.notify.http.GuardedHttpClient;
import dev.tocsin.notify.http.HttpOutcomes;
import dev.tocsin.notify.spi.NotificationChannel;
import dev.tocsin.notify.spi.Page;
import dev.tocsin.notify.spi.SendOutcome;
import dev.tocsin.notify.spi.SendOutcome.Delivered;
import dev.tocsin.notify.spi.SendOutcome.Failed;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.hc.core5.http.ContentType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pages as signed JSON POSTs to a URL the person set (docs/channels.md#webhook): the body is
 * {@link WebhookPayload}; {@code X-Tocsin-Timestamp} and {@code X-Tocsin-Signature} let the
 * receiver check it came from this server and is fresh; {@code Idempotency-Key} is the same on
 * every try, so a receiver can drop a repeat.
 */
public final class WebhookChannel implements NotificationChannel {

    private final GuardedHttpClient http;
    private final Supplier<String> serverSecret;

    public WebhookChannel(GuardedHttpClient http, Supplier<String> serverSecret) {
        this.http = http;
        this.serverSecret = serverSecret;
    }

    @Override
    public ContactMethodType type() {
        return ContactMethodType.WEBHOOK;
    }

    @Override
    public Optional<String> problemWith(String address) {
        try {
            return http.problemWith(WebhookAddress.parse(address).target());
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public SendOutcome send(Page page, String address) {
        WebhookAddress webhook;
        try {
            webhook = WebhookAddress.parse(address);
        } catch (IllegalArgumentException e) {
            return new Failed(e.getMessage(), true);
        }
        byte[] body = JsonMapper.shared().writeValueAsBytes(WebhookPayload.of(page));
        long timestamp = page.sentAt().getEpochSecond();
        String signature = WebhookSignature.sign(webhook.secret().orElseGet(serverSecret), timestamp, body);
        return HttpOutcomes.of(
                http.post(webhook.target(), ContentType.APPLICATION_JSON, body, Map.of(
                        "X-Tocsin-Timestamp", Long.toString(timestamp),
                        "X-Tocsin-Signature", signature,
                        "Idempotency-Key", page.idempotencyKey())),
                answered -> new Delivered(null));
    }
}
