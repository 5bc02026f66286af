package dev.tocsin.incident;

import java.time.Instant;
import java.util.UUID;

public record IncidentStatusChanged(UUID incidentId, IncidentStatus from, IncidentStatus to, String actor,
        Instant at) {
}
