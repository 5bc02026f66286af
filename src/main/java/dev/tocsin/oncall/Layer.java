package dev.tocsin.oncall;

import java.util.List;
import java.util.Objects;

/**
 * One role of a schedule, such as primary or secondary on-call, with its own rotation. With
 * restrictions the rotation is on call only inside them (any of them); outside, the layer has
 * nobody unless an override says otherwise.
 */
public record Layer(String name, Rotation rotation, List<TimeRestriction> restrictions) {

    public Layer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A layer needs a name, such as primary or secondary.");
        }
        Objects.requireNonNull(rotation, "Layer '" + name + "' needs a rotation.");
        restrictions = List.copyOf(Objects.requireNonNull(restrictions,
                "Layer '" + name + "' needs a list of restrictions; an empty one means around the clock."));
    }

    /** A layer on call around the clock. */
    public Layer(String name, Rotation rotation) {
        this(name, rotation, List.of());
    }
}
