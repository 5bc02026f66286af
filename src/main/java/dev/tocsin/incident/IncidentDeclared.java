package dev.tocsin.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record IncidentDeclared(UUID incidentId, String reference, String organization, String severity,
        List<String> services, boolean customerImpact, Instant detectedAt, Instant responseDueAt) {
}
