package dev.tocsin.incident;

/** A partial update: null fields stay as they are. */
public record IncidentChange(IncidentStatus status, String severity, String commander, Boolean customerImpact,
        String impact) {

    public boolean empty() {
        return status == null && severity == null && commander == null && customerImpact == null && impact == null;
    }
}
