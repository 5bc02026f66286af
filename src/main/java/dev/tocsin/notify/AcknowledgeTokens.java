package dev.tocsin.notify;

import dev.tocsin.platform.HmacSha256;
import dev.tocsin.platform.SigningSecrets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The token in an acknowledge link ({@code /ack/{token}}) sent in a page: it names the incident and
 * the person paged and expires, and is HMAC-SHA256-signed with the server's {@code acknowledge}
 * secret ({@link SigningSecrets}), so a link works on every node and after restarts, and cannot be
 * altered to acknowledge another incident or as someone else.
 * Form: {@code base64url(incidentId|username|expiresEpochSecond) "." base64url(hmac)}.
 */
@Component
public class AcknowledgeTokens {

    static final String SECRET_NAME = "acknowledge";
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final Supplier<String> secret;
    private final Clock clock;

    @Autowired
    public AcknowledgeTokens(SigningSecrets secrets, Clock clock) {
        this(() -> secrets.secret(SECRET_NAME), clock);
    }

    AcknowledgeTokens(Supplier<String> secret, Clock clock) {
        this.secret = secret;
        this.clock = clock;
    }

    /** A token acknowledging {@code incidentId} as {@code username}, valid for {@code lifetime} from now. */
    public String issue(UUID incidentId, String username, Duration lifetime) {
        String claims = incidentId + "|" + username + "|" + clock.instant().plus(lifetime).getEpochSecond();
        byte[] payload = claims.getBytes(StandardCharsets.UTF_8);
        return ENCODE.encodeToString(payload) + "." + ENCODE.encodeToString(mac(payload));
    }

    /** What a token says, if it is ours, unaltered and not expired. */
    public Check check(String token) {
        int dot = token.indexOf('.');
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODE.decode(token.substring(0, Math.max(dot, 0)));
            signature = DECODE.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return new Check.Refused("not an acknowledge link");
        }
        if (dot < 0 || !MessageDigest.isEqual(mac(payload), signature)) {
            return new Check.Refused("altered or not an acknowledge link");
        }
        String[] claims = new String(payload, StandardCharsets.UTF_8).split("\\|");
        Instant expires = Instant.ofEpochSecond(Long.parseLong(claims[2]));
        if (!clock.instant().isBefore(expires)) {
            return new Check.Expired(expires);
        }
        return new Check.Valid(UUID.fromString(claims[0]), claims[1], expires);
    }

    private byte[] mac(byte[] payload) {
        return HmacSha256.of(secret.get(), payload);
    }

    /** What checking a token found. */
    public sealed interface Check {

        record Valid(UUID incidentId, String username, Instant expires) implements Check {
        }

        record Expired(Instant expired) implements Check {
        }

        record Refused(String why) implements Check {
        }
    }
}
