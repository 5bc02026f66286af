package dev.tocsin.incident;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.EnumSet;
import java.util.Set;

/**
 * The seed workflow. Legal moves (docs/incidents.md has the diagram): forward to any later
 * working state, sideways between investigating, identified and monitoring when a theory
 * fails or recurs, resolved back to investigating to reopen, and resolved on to closed.
 * Acknowledged is reached only from triggered; closed is final.
 */
public enum IncidentStatus {
    @JsonProperty("triggered") TRIGGERED,
    @JsonProperty("acknowledged") ACKNOWLEDGED,
    @JsonProperty("investigating") INVESTIGATING,
    @JsonProperty("identified") IDENTIFIED,
    @JsonProperty("monitoring") MONITORING,
    @JsonProperty("resolved") RESOLVED,
    @JsonProperty("closed") CLOSED;

    public Set<IncidentStatus> next() {
        return switch (this) {
            case TRIGGERED -> EnumSet.of(ACKNOWLEDGED, INVESTIGATING, IDENTIFIED, MONITORING, RESOLVED);
            case ACKNOWLEDGED -> EnumSet.of(INVESTIGATING, IDENTIFIED, MONITORING, RESOLVED);
            case INVESTIGATING -> EnumSet.of(IDENTIFIED, MONITORING, RESOLVED);
            case IDENTIFIED -> EnumSet.of(INVESTIGATING, MONITORING, RESOLVED);
            case MONITORING -> EnumSet.of(INVESTIGATING, IDENTIFIED, RESOLVED);
            case RESOLVED -> EnumSet.of(INVESTIGATING, CLOSED);
            case CLOSED -> EnumSet.noneOf(IncidentStatus.class);
        };
    }

    public boolean canMoveTo(IncidentStatus target) {
        return next().contains(target);
    }

    /** Still needs people: not yet resolved or closed. */
    public boolean open() {
        return this != RESOLVED && this != CLOSED;
    }

    public static Set<IncidentStatus> openOnes() {
        EnumSet<IncidentStatus> open = EnumSet.noneOf(IncidentStatus.class);
        for (IncidentStatus status : values()) {
            if (status.open()) {
                open.add(status);
            }
        }
        return open;
    }

    public String wire() {
        return name().toLowerCase();
    }

    public static IncidentStatus fromWire(String value) {
        return valueOf(value.toUpperCase());
    }

    @Override
    public String toString() {
        return wire();
    }
}
