package dev.tocsin.incident.timeline;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.UUID;

/**
 * One immutable fact about an incident. {@code before} and {@code after} are JSON texts (or
 * null), stored exactly as hashed, and sent to API clients as JSON values.
 */
public record TimelineEntry(UUID incidentId, int seq, Instant occurredAt, String actor, String kind, String summary,
        @JsonRawValue String before, @JsonRawValue String after, String previousHash, String hash) {
}
