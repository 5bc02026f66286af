package dev.tocsin.incident.timeline;

import java.time.Instant;
import java.util.UUID;

/**
 * One immutable fact about an incident. {@code before} and {@code after} are JSON texts (or
 * null), stored exactly as hashed.
 */
public record TimelineEntry(UUID incidentId, int seq, Instant occurredAt, String actor, String kind, String summary,
        String before, String after, String previousHash, String hash) {
}
