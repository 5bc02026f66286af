package dev.tocsin.incident;

import dev.tocsin.platform.Problem;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Which incidents to list; null means any. */
public record IncidentFilter(Set<IncidentStatus> statuses, String severity, String service) {

    public static final IncidentFilter ALL = new IncidentFilter(null, null, null);

    /**
     * The statuses a {@code status} parameter names: "open" (not yet resolved), "closed" (resolved
     * or closed), one status name, or any when blank.
     */
    public static Set<IncidentStatus> statuses(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return null;
        }
        return switch (parameter) {
            case "open" -> IncidentStatus.openOnes();
            case "closed" -> EnumSet.complementOf(EnumSet.copyOf(IncidentStatus.openOnes()));
            default -> {
                for (IncidentStatus status : IncidentStatus.values()) {
                    if (status.wire().equals(parameter)) {
                        yield EnumSet.of(status);
                    }
                }
                throw Problem.badParameter("status", "cannot be '" + parameter + "'; use open, closed or one of "
                        + List.of(IncidentStatus.values()) + ".");
            }
        };
    }
}
