package dev.tocsin.incident.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimelineHashTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final Instant AT = Instant.parse("2026-11-23T09:00:00.123456Z");

    @Test
    void the_hash_is_a_stable_sha256_of_the_content_and_the_previous_hash() {
        String hash = TimelineHash.of(ID, 1, AT, "admin", "note", "Checked /health", null, null, TimelineHash.GENESIS);
        assertThat(hash).hasSize(64).matches("[0-9a-f]+")
                .isEqualTo(TimelineHash.of(ID, 1, AT, "admin", "note", "Checked /health", null, null,
                        TimelineHash.GENESIS));
    }

    /**
     * Stored chains are verified with this exact canonical form for as long as they exist; a
     * change to it (field order, escaping, time format) breaks every chain written before.
     */
    @Test
    void the_canonical_form_does_not_drift() {
        assertThat(TimelineHash.of(ID, 2, AT, "token:ci", "status_changed", "Status triggered → acknowledged \"now\"",
                "\"triggered\"", "\"acknowledged\"", TimelineHash.GENESIS))
                .isEqualTo("79b076fc194f547815105b5d57e9acc34842ee298f1d72f9933267d5532f915f");
    }

    @Test
    void every_field_and_the_previous_hash_change_the_hash() {
        String base = TimelineHash.of(ID, 1, AT, "admin", "note", "text", "\"a\"", "\"b\"", TimelineHash.GENESIS);
        assertThat(TimelineHash.of(ID, 2, AT, "admin", "note", "text", "\"a\"", "\"b\"", TimelineHash.GENESIS)).isNotEqualTo(base);
        assertThat(TimelineHash.of(ID, 1, AT.plusNanos(1000), "admin", "note", "text", "\"a\"", "\"b\"", TimelineHash.GENESIS)).isNotEqualTo(base);
        assertThat(TimelineHash.of(ID, 1, AT, "mallory", "note", "text", "\"a\"", "\"b\"", TimelineHash.GENESIS)).isNotEqualTo(base);
        assertThat(TimelineHash.of(ID, 1, AT, "admin", "note", "text", "\"a\"", "\"c\"", TimelineHash.GENESIS)).isNotEqualTo(base);
        assertThat(TimelineHash.of(ID, 1, AT, "admin", "note", "text", "\"a\"", "\"b\"", "1".repeat(64))).isNotEqualTo(base);
    }

    @Test
    void moving_text_from_one_field_into_the_next_cannot_forge_the_same_hash() {
        String honest = TimelineHash.of(ID, 1, AT, "admin", "note", "x\nkind", null, null, TimelineHash.GENESIS);
        String shifted = TimelineHash.of(ID, 1, AT, "admin\nnote\nx", "kind", "", null, null, TimelineHash.GENESIS);
        assertThat(honest).isNotEqualTo(shifted);
    }
}
