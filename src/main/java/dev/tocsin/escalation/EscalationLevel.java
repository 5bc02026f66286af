package dev.tocsin.escalation;

import java.util.List;

/**
 * One step of a policy: whom it reaches and when it falls due. It falls due as soon as any one
 * of its triggers holds (the seed's L3: "P1 not resolved in 1 hour, customer impact").
 */
public record EscalationLevel(String name, List<EscalationTarget> targets, List<Trigger> triggers) {

    public EscalationLevel {
        targets = List.copyOf(targets);
        triggers = List.copyOf(triggers);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("An escalation level needs a name, such as 'L2 tech lead'.");
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("Level '" + name + "' reaches nobody: name at least one target.");
        }
        if (triggers.isEmpty()) {
            throw new IllegalArgumentException("Level '" + name + "' never falls due: give it a trigger "
                    + "(Trigger.always() for every incident).");
        }
    }
}
