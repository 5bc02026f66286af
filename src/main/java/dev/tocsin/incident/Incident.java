package dev.tocsin.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record Incident(UUID id, long number, String organization, String title, String summary, String severity,
        IncidentStatus status, DetectionSource detectionSource, boolean customerImpact, String impact,
        String commander, List<String> services, Instant detectedAt, Instant responseDueAt, Instant acknowledgedAt,
        Instant resolvedAt, Instant closedAt, String createdBy, Instant updatedAt) {

    public static final String PREFIX = "INC-";

    public Incident withServices(List<String> services) {
        return new Incident(id, number, organization, title, summary, severity, status, detectionSource,
                customerImpact, impact, commander, services, detectedAt, responseDueAt, acknowledgedAt, resolvedAt,
                closedAt, createdBy, updatedAt);
    }

    public Incident withNumber(long assigned) {
        return new Incident(id, assigned, organization, title, summary, severity, status, detectionSource,
                customerImpact, impact, commander, services, detectedAt, responseDueAt, acknowledgedAt, resolvedAt,
                closedAt, createdBy, updatedAt);
    }

    /** The human form people say out loud: INC-7. */
    public String reference() {
        return PREFIX + number;
    }
}
