package dev.tocsin.oncall.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FeedKeysSignTheirOwnPathTest {

    private static final String PORTAL = FeedPaths.schedule("portal-on-call");
    private final FeedSigner signer = new FeedSigner(() -> "a-server-secret-of-at-least-32-characters");

    @Test
    void a_key_checks_for_its_own_feed_only() {
        String key = signer.sign(PORTAL);

        assertThat(key).matches("[A-Za-z0-9_-]{43}");
        assertThat(signer.verifies(PORTAL, key)).isTrue();
        assertThat(signer.verifies(FeedPaths.schedule("crm-on-call"), key)).isFalse();
        assertThat(signer.verifies(FeedPaths.user("maya.ortiz"), key)).isFalse();
    }

    @Test
    void a_tampered_truncated_lengthened_or_empty_key_is_refused() {
        String key = signer.sign(PORTAL);
        char first = key.charAt(0);

        assertThat(signer.verifies(PORTAL, (first == 'A' ? 'B' : 'A') + key.substring(1))).isFalse();
        assertThat(signer.verifies(PORTAL, key.substring(0, 42))).isFalse();
        assertThat(signer.verifies(PORTAL, key + "A")).isFalse();
        assertThat(signer.verifies(PORTAL, "")).isFalse();
    }

    @Test
    void another_secret_makes_other_keys_so_changing_it_revokes_every_link() {
        var rotated = new FeedSigner(() -> "another-server-secret-of-32-characters!");

        assertThat(rotated.sign(PORTAL)).isNotEqualTo(signer.sign(PORTAL));
        assertThat(rotated.verifies(PORTAL, signer.sign(PORTAL))).isFalse();
        assertThat(new FeedSigner(() -> "a-server-secret-of-at-least-32-characters").sign(PORTAL))
                .isEqualTo(signer.sign(PORTAL));
    }

    @Test
    void the_secret_is_read_once() {
        var reads = new AtomicInteger();
        var counting = new FeedSigner(() -> {
            reads.incrementAndGet();
            return "a-server-secret-of-at-least-32-characters";
        });

        counting.sign(PORTAL);
        counting.verifies(PORTAL, "x");

        assertThat(reads).hasValue(1);
    }

    @Test
    void a_configured_secret_signs_without_asking_the_database() {
        var configured = new FeedSigner("a-server-secret-of-at-least-32-characters", null);

        assertThat(configured.sign(PORTAL)).isEqualTo(signer.sign(PORTAL));
    }

    @Test
    void a_configured_secret_shorter_than_32_characters_stops_start_up() {
        assertThatThrownBy(() -> new FeedSigner("too-short", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tocsin.calendar.signing-secret").hasMessageContaining("32");
    }
}
