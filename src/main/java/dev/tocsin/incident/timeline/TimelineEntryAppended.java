package dev.tocsin.incident.timeline;

import java.util.UUID;

public record TimelineEntryAppended(UUID incidentId, int seq, String kind) {
}
