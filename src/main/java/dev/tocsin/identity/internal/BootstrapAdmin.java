package dev.tocsin.identity.internal;

import dev.tocsin.identity.ApiTokens;
import dev.tocsin.identity.Person;
import dev.tocsin.identity.Role;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure there is always a way in: an {@code admin} user for the web UI and a
 * {@code bootstrap-admin} API token. Values come from TOCSIN_ADMIN_PASSWORD and
 * TOCSIN_ADMIN_TOKEN; when unset, fresh random ones replace the previous ones at every start
 * and are printed once, so a lost secret is recovered by a restart. Runs before the web server
 * opens.
 */
@Component
class BootstrapAdmin implements SmartInitializingSingleton {

    static final String USERNAME = "admin";
    static final String TOKEN_NAME = "bootstrap-admin";
    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final PeopleRepository people;
    private final ApiTokens tokens;
    private final PasswordEncoder encoder;
    private final String configuredPassword;
    private final String configuredToken;

    BootstrapAdmin(PeopleRepository people, ApiTokens tokens, PasswordEncoder encoder,
            @Value("${tocsin.admin.password:}") String configuredPassword,
            @Value("${tocsin.admin.token:}") String configuredToken) {
        this.people = people;
        this.tokens = tokens;
        this.encoder = encoder;
        this.configuredPassword = configuredPassword;
        this.configuredToken = configuredToken;
    }

    @Override
    @Transactional
    public void afterSingletonsInstantiated() {
        if (people.findPerson(USERNAME).isEmpty()) {
            people.upsert(new Person(USERNAME, "Administrator", null, "Tocsin administrator", null, null, null,
                    ZoneOffset.UTC, Role.ADMIN));
        }
        String password = configuredPassword.isBlank() ? ApiTokens.newSecret().substring(4, 24) : configuredPassword;
        people.setPasswordHash(USERNAME, encoder.encode(password));
        String token = configuredToken.isBlank() ? ApiTokens.newSecret() : configuredToken;
        tokens.replace(TOKEN_NAME, Role.ADMIN, token, "bootstrap");

        if (configuredPassword.isBlank() || configuredToken.isBlank()) {
            log.warn("""

                    ==============================================================
                     Tocsin generated bootstrap credentials (shown once):
                     {}{}
                     Set TOCSIN_ADMIN_PASSWORD and TOCSIN_ADMIN_TOKEN to choose them.
                    ==============================================================""",
                    configuredPassword.isBlank() ? "web UI   user: admin   password: " + password + "\n " : "",
                    configuredToken.isBlank() ? "API token (admin): " + token : "");
        }
    }
}
