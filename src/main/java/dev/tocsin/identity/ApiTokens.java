package dev.tocsin.identity;

import dev.tocsin.identity.internal.TokenRepository;
import dev.tocsin.platform.Problem;
import dev.tocsin.platform.Secrets;
import dev.tocsin.platform.Sha256;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Issues and checks API tokens. Tokens are random; only their SHA-256 is stored. */
@Component
public class ApiTokens {

    private static final String PREFIX = "tcn_";

    private final TokenRepository repository;
    private final Clock clock;

    public ApiTokens(TokenRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Transactional
    public IssuedToken issue(String name, Role role, String issuedBy) {
        if (repository.existsByName(name)) {
            throw Problem.conflict("duplicate-token-name", "Token name taken",
                    "A token named '" + name + "' exists already; choose another name or revoke it first.", Map.of());
        }
        return store(name, role, newSecret(), issuedBy);
    }

    /** Sets a named token to exactly this secret, replacing any earlier one (bootstrap). */
    @Transactional
    public IssuedToken replace(String name, Role role, String secret, String issuedBy) {
        repository.deleteByName(name);
        return store(name, role, secret, issuedBy);
    }

    @Transactional
    public void revoke(String name) {
        if (repository.deleteByName(name) == 0) {
            throw Problem.notFound("Token", name);
        }
    }

    public Optional<ApiToken> authenticate(String secret) {
        return repository.findByHash(Sha256.hex(secret));
    }

    public List<ApiToken> list() {
        return repository.all();
    }

    public static String newSecret() {
        return Secrets.random(PREFIX);
    }

    private IssuedToken store(String name, Role role, String secret, String issuedBy) {
        if (secret.length() < 16) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "weak-token", "Token too short",
                    "A token must have at least 16 characters.", Map.of());
        }
        UUID id = UUID.randomUUID();
        repository.insert(id, name, Sha256.hex(secret), role, clock.instant(), issuedBy);
        return new IssuedToken(id, name, role, secret);
    }

}
