package dev.tocsin.incident.timeline;

import dev.tocsin.platform.Sha256;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * SHA-256 over the previous hash and the entry's canonical content. The canonical form is a
 * JSON array in a fixed order, so no field can bleed into another (a newline in a summary
 * cannot forge an actor).
 */
final class TimelineHash {

    static final String GENESIS = "0".repeat(64);
    private static final String VERSION = "tocsin-timeline-v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TimelineHash() {
    }

    static String of(UUID incidentId, int seq, Instant occurredAt, String actor, String kind, String summary,
            String before, String after, String previousHash) {
        String canonical = JSON.writeValueAsString(Arrays.asList(VERSION, incidentId.toString(), seq,
                DateTimeFormatter.ISO_INSTANT.format(occurredAt), actor, kind, summary, before, after, previousHash));
        return Sha256.hex(canonical);
    }

    static String of(TimelineEntry e) {
        return of(e.incidentId(), e.seq(), e.occurredAt(), e.actor(), e.kind(), e.summary(), e.before(), e.after(),
                e.previousHash());
    }
}
