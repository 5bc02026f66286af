package dev.tocsin.escalation;

import java.util.HashSet;
import java.util.List;

/** Ordered levels; a service points at one policy. Level names are unique within the policy. */
public record EscalationPolicy(String slug, String name, List<EscalationLevel> levels) {

    public EscalationPolicy {
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("Policy '" + slug + "' needs at least one level.");
        }
        var names = new HashSet<String>();
        for (EscalationLevel level : levels) {
            if (!names.add(level.name())) {
                throw new IllegalArgumentException("Policy '" + slug + "' names level '" + level.name() + "' twice.");
            }
        }
    }
}
