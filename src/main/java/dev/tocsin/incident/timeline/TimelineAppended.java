package dev.tocsin.incident.timeline;

import java.util.List;
import java.util.UUID;

/** Entries were added to an incident's timeline, in one transaction. */
public record TimelineAppended(UUID incidentId, int lastSeq, List<String> kinds) {
}
