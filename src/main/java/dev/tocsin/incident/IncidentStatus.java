package dev.tocsin.incident;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.tocsin.platform.Wire;
import java.util.EnumSet;
import java.util.Set;

/**
 * The seed workflow. Legal moves (docs/incidents.md has the diagram): forward to any later
 * working state, sideways between investigating, identified and monitoring when a theory
 * fails or recurs, resolved back to investigating to reopen, and resolved on to closed.
 * Acknowledged is reached only from triggered; closed is final.
 */
public enum IncidentStatus {
    TRIGGERED,
    ACKNOWLEDGED,
    INVESTIGATING,
    IDENTIFIED,
    MONITORING,
    RESOLVED,
    CLOSED;

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

    @JsonValue
    public String wire() {
        return Wire.name(this);
    }

    public static IncidentStatus fromWire(String value) {
        return Wire.parse(IncidentStatus.class, "status", value);
    }

    @Override
    public String toString() {
        return wire();
    }
}
