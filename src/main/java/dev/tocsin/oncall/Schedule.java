package dev.tocsin.oncall;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An on-call schedule: its layers, reported side by side (primary and secondary are both on
 * call, unlike PagerDuty's layers, where a higher layer hides a lower one), and the overrides on
 * them. Rotation starts and restrictions are wall-clock times in {@code timeZone}.
 *
 * @param overrides in the order they were made: where two overlap on a layer, the later wins
 */
public record Schedule(String name, ZoneId timeZone, List<Layer> layers, List<ScheduleOverride> overrides) {

    public Schedule {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A schedule needs a name.");
        }
        Objects.requireNonNull(timeZone, "Schedule '" + name + "' needs a time zone, such as Europe/Berlin.");
        layers = List.copyOf(Objects.requireNonNull(layers, "Schedule '" + name + "' needs a list of layers."));
        overrides = List.copyOf(Objects.requireNonNull(overrides, "Schedule '" + name + "' needs a list of overrides."));
        Set<String> names = new HashSet<>();
        for (Layer layer : layers) {
            if (!names.add(layer.name())) {
                throw new IllegalArgumentException("Schedule '" + name + "' has two layers named '" + layer.name()
                        + "'; overrides find their layer by name, so names must differ.");
            }
        }
        for (ScheduleOverride override : overrides) {
            if (!names.contains(override.layer())) {
                throw new IllegalArgumentException("An override for " + override.username() + " names layer '"
                        + override.layer() + "', which schedule '" + name + "' does not have; its layers are "
                        + layers.stream().map(Layer::name).toList() + ".");
            }
        }
    }

    /** A schedule without overrides. */
    public Schedule(String name, ZoneId timeZone, List<Layer> layers) {
        this(name, timeZone, layers, List.of());
    }
}
