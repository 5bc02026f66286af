package dev.tocsin.oncall.internal;

import dev.tocsin.platform.HmacSha256;
import dev.tocsin.platform.SigningSecrets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signs calendar feed paths, so a subscription URL can stand in for a token: the key is
 * HMAC-SHA256 over the feed's path with the server's calendar secret, URL-safe Base64.
 * The secret is {@code tocsin.calendar.signing-secret} when set, else one generated once and
 * kept in the database ({@link SigningSecrets}), so links outlive restarts and work on every node.
 */
@Component
class FeedSigner {

    static final String SECRET_NAME = "calendar";
    static final int SHORTEST_CONFIGURED_SECRET = 32;

    private final Supplier<String> source;
    private volatile String secret;

    @Autowired
    FeedSigner(@Value("${tocsin.calendar.signing-secret:}") String configured, SigningSecrets secrets) {
        this(configured.isBlank() ? () -> secrets.secret(SECRET_NAME) : () -> configured);
        if (!configured.isBlank() && configured.length() < SHORTEST_CONFIGURED_SECRET) {
            throw new IllegalStateException("tocsin.calendar.signing-secret must have at least "
                    + SHORTEST_CONFIGURED_SECRET + " characters (e.g. from 'openssl rand -base64 32'): it signs "
                    + "calendar subscription links, and a short one can be guessed. Or leave it unset, and Tocsin "
                    + "generates one and keeps it in the database.");
        }
    }

    /** Where the secret comes from; read once, when the first link is signed or checked. */
    FeedSigner(Supplier<String> secret) {
        this.source = secret;
    }

    String sign(String path) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(path));
    }

    /** Compares in constant time, so response times do not reveal how much of a guessed key is right. */
    boolean verifies(String path, String candidate) {
        byte[] expected = sign(path).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] mac(String path) {
        return HmacSha256.of(secret(), path.getBytes(StandardCharsets.UTF_8));
    }

    private String secret() {
        String current = secret;
        if (current == null) {
            current = source.get();
            secret = current;
        }
        return current;
    }
}
