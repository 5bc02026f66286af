package dev.tocsin.platform;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Server secrets for signing links that cannot carry a token (a calendar subscription URL; later
 * an acknowledge link in a message), one per purpose. Each is generated once, by whichever node
 * asks first, and kept in the database: a link signed before a restart, or by another node, still
 * checks. Deleting a row (and restarting) rotates that secret, invalidating every link signed with it.
 * A secret never changes while a node runs, so each is read once: every page signs with two.
 */
@Component
public class SigningSecrets {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<String, String> read = new ConcurrentHashMap<>();

    public SigningSecrets(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The secret named {@code name}, created now if there is none yet. */
    public String secret(String name) {
        return read.computeIfAbsent(name, this::storedOrNew);
    }

    private String storedOrNew(String name) {
        return stored(name).orElseGet(() -> {
            // Two nodes asking at once may both generate one: the first insert wins, and both read it.
            jdbc.sql("INSERT INTO signing_secret (name, secret, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(name, Secrets.random(""), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                    .update();
            return stored(name).orElseThrow();
        });
    }

    private Optional<String> stored(String name) {
        return jdbc.sql("SELECT secret FROM signing_secret WHERE name = ?").param(name).query(String.class).optional();
    }
}
