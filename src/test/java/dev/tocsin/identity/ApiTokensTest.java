package dev.tocsin.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tocsin.identity.internal.TokenRepository;
import dev.tocsin.platform.Problem;
import dev.tocsin.support.BothDatabases;
import dev.tocsin.support.MutableClock;
import dev.tocsin.support.TestDatabase;
import java.time.Instant;

class ApiTokensTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));

    @BothDatabases
    void an_issued_token_authenticates_with_its_role_and_only_its_hash_is_stored(TestDatabase db) {
        var tokens = new ApiTokens(new TokenRepository(db.jdbc()), clock);
        IssuedToken issued = tokens.issue("ci", Role.RESPONDER, "admin");

        assertThat(issued.token()).startsWith("tcn_").hasSizeGreaterThan(40);
        assertThat(tokens.authenticate(issued.token())).get()
                .satisfies(row -> assertThat(row.role()).isEqualTo(Role.RESPONDER));
        assertThat(tokens.authenticate(issued.token() + "x")).isEmpty();
        assertThat(db.jdbc().sql("SELECT token_hash FROM api_token WHERE name = 'ci'").query(String.class).single())
                .hasSize(64).isNotEqualTo(issued.token());
    }

    @BothDatabases
    void names_are_unique_and_revoked_tokens_stop_working(TestDatabase db) {
        var tokens = new ApiTokens(new TokenRepository(db.jdbc()), clock);
        IssuedToken issued = tokens.issue("ci", Role.VIEWER, "admin");

        assertThatThrownBy(() -> tokens.issue("ci", Role.ADMIN, "admin")).isInstanceOf(Problem.class)
                .hasMessageContaining("exists already");
        tokens.revoke("ci");
        assertThat(tokens.authenticate(issued.token())).isEmpty();
        assertThatThrownBy(() -> tokens.revoke("ci")).isInstanceOf(Problem.class);
    }

    @BothDatabases
    void replacing_a_bootstrap_token_retires_the_old_secret(TestDatabase db) {
        var tokens = new ApiTokens(new TokenRepository(db.jdbc()), clock);
        tokens.replace("bootstrap-admin", Role.ADMIN, "first-secret-0123456789", "bootstrap");
        tokens.replace("bootstrap-admin", Role.ADMIN, "second-secret-0123456789", "bootstrap");

        assertThat(tokens.authenticate("first-secret-0123456789")).isEmpty();
        assertThat(tokens.authenticate("second-secret-0123456789")).isPresent();
    }
}
