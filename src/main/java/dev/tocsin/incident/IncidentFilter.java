package dev.tocsin.incident;

import java.util.Set;

/** Which incidents to list; null means any. Statuses come from "open", "closed" or a status name. */
public record IncidentFilter(Set<IncidentStatus> statuses, String severity, String service) {

    public static final IncidentFilter ALL = new IncidentFilter(null, null, null);
}
