package dev.tocsin.notify.webhook;

import dev.tocsin.platform.HmacSha256;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * {@code v1=} and the hex HMAC-SHA256 of {@code "{timestamp}.{body}"}: signing the timestamp with
 * the body lets a receiver refuse a captured request replayed later. The {@code v1} leaves room
 * for another scheme alongside, as receivers of Stripe's and Slack's signatures know it.
 */
final class WebhookSignature {

    static final String SCHEME = "v1";

    private WebhookSignature() {
    }

    static String sign(String secret, long timestamp, byte[] body) {
        return SCHEME + "=" + HexFormat.of().formatHex(
                HmacSha256.of(secret, (timestamp + ".").getBytes(StandardCharsets.UTF_8), body));
    }
}
