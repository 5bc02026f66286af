package dev.tocsin.notify.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return SCHEME + "=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every JVM", e);
        }
    }
}
