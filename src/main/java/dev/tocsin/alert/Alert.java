package dev.tocsin.alert;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An alert as Tocsin keeps it: the latest word from its source, and how often it came. */
public record Alert(UUID id, UUID integrationId, String dedupKey, AlertSource source, AlertStatus status,
        String severity, String summary, Map<String, String> labels, Map<String, String> annotations, String groupKey,
        long count, Instant firstSeen, Instant lastSeen, Instant resolvedAt, UUID incidentId, UUID silencedBy) {

    public boolean firing() {
        return status == AlertStatus.FIRING;
    }
}
