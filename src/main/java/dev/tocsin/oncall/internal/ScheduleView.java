package dev.tocsin.oncall.internal;

import dev.tocsin.oncall.Layer;
import dev.tocsin.oncall.ScheduleOverride;
import dev.tocsin.oncall.StoredSchedule;
import dev.tocsin.oncall.TimeRestriction;
import dev.tocsin.platform.Wire;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

/**
 * A schedule as the API shows it: enum values in lowercase as everywhere else, days in week order,
 * local times as written in schedules.yaml and instants in UTC.
 */
record ScheduleView(String slug, String organization, String name, String timeZone, List<LayerView> layers,
        List<OverrideView> overrides) {

    /** {@code customLength} is ISO-8601 (PT12H) and only for custom rotations; {@code start} is local time. */
    record LayerView(String name, String rotation, Duration customLength, LocalDateTime start,
            List<String> participants, List<RestrictionView> restrictions) {
    }

    record RestrictionView(List<String> days, LocalTime from, LocalTime until) {
    }

    record OverrideView(String layer, String username, Instant start, Instant end) {
    }

    static ScheduleView of(StoredSchedule stored) {
        var schedule = stored.schedule();
        return new ScheduleView(stored.slug(), stored.organization(), schedule.name(), schedule.timeZone().getId(),
                schedule.layers().stream().map(ScheduleView::layer).toList(),
                schedule.overrides().stream().map(ScheduleView::override).toList());
    }

    private static LayerView layer(Layer layer) {
        var rotation = layer.rotation();
        return new LayerView(layer.name(), Wire.name(rotation.kind()), rotation.customLength(), rotation.start(),
                rotation.participants(), layer.restrictions().stream().map(ScheduleView::restriction).toList());
    }

    private static RestrictionView restriction(TimeRestriction restriction) {
        return new RestrictionView(EnumSet.copyOf(restriction.days()).stream().map(DayOfWeek::name)
                .map(day -> day.toLowerCase(java.util.Locale.ROOT)).toList(), restriction.from(), restriction.until());
    }

    private static OverrideView override(ScheduleOverride o) {
        return new OverrideView(o.layer(), o.username(), o.start(), o.end());
    }
}
