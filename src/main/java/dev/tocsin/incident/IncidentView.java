package dev.tocsin.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The API's picture of an incident: {@code number} in the human form INC-7. Public so that other
 * modules' endpoints answering with an incident (acknowledge links) use the same shape.
 */
public record IncidentView(UUID id, String number, String organization, String title, String summary, String severity,
        IncidentStatus status, DetectionSource detectionSource, boolean customerImpact, String impact,
        String commander, List<String> services, Instant detectedAt, Instant responseDueAt, Instant acknowledgedAt,
        Instant resolvedAt, Instant closedAt, String createdBy, Instant updatedAt) {

    public static IncidentView of(Incident i) {
        return new IncidentView(i.id(), i.reference(), i.organization(), i.title(), i.summary(), i.severity(),
                i.status(), i.detectionSource(), i.customerImpact(), i.impact(), i.commander(), i.services(),
                i.detectedAt(), i.responseDueAt(), i.acknowledgedAt(), i.resolvedAt(), i.closedAt(), i.createdBy(),
                i.updatedAt());
    }
}
