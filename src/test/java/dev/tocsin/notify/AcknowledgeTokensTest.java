package dev.tocsin.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.notify.AcknowledgeTokens.Check;
import dev.tocsin.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AcknowledgeTokensTest {

    private static final UUID INCIDENT = UUID.fromString("5b0e6f3e-3f7a-4c1e-9a51-2f0d9c0b7a11");
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T09:00:00Z"));
    private final AcknowledgeTokens tokens = new AcknowledgeTokens(() -> "server-secret-for-acknowledge-links", clock);

    @Test
    void a_token_names_its_incident_and_person_until_it_expires() {
        String token = tokens.issue(INCIDENT, "maya.ortiz", Duration.ofHours(24));

        assertThat(tokens.check(token)).isEqualTo(
                new Check.Valid(INCIDENT, "maya.ortiz", Instant.parse("2026-12-01T09:00:00Z")));
        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(tokens.check(token)).isInstanceOf(Check.Valid.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.check(token)).isEqualTo(new Check.Expired(Instant.parse("2026-12-01T09:00:00Z")));
    }

    @Test
    void a_token_altered_to_name_someone_else_is_refused() {
        String token = tokens.issue(INCIDENT, "maya.ortiz", Duration.ofHours(1));
        String signature = token.substring(token.indexOf('.'));
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                (INCIDENT + "|ken.ito|" + Instant.parse("2026-11-30T10:00:00Z").getEpochSecond())
                        .getBytes(StandardCharsets.UTF_8)) + signature;

        assertThat(tokens.check(forged)).isInstanceOf(Check.Refused.class);
    }

    @Test
    void a_token_signed_with_another_secret_is_refused() {
        var other = new AcknowledgeTokens(() -> "another-secret-after-a-rotation", clock);

        assertThat(tokens.check(other.issue(INCIDENT, "maya.ortiz", Duration.ofHours(1))))
                .isInstanceOf(Check.Refused.class);
    }

    @Test
    void garbage_is_refused_not_an_error() {
        for (String garbage : new String[] {"", ".", "abc", "abc.def", "%%%.###", "a.b.c"}) {
            assertThat(tokens.check(garbage)).as(garbage).isInstanceOf(Check.Refused.class);
        }
    }
}
