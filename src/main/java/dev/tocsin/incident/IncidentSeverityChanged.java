package dev.tocsin.incident;

import java.time.Instant;
import java.util.UUID;

public record IncidentSeverityChanged(UUID incidentId, String from, String to, Instant responseDueAt) {
}
