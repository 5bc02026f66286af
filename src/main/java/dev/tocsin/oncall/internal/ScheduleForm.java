package dev.tocsin.oncall.internal;

import static dev.tocsin.platform.DomainRules.check;

import dev.tocsin.oncall.Layer;
import dev.tocsin.oncall.Rotation;
import dev.tocsin.oncall.RotationKind;
import dev.tocsin.oncall.Schedule;
import dev.tocsin.oncall.ScheduleOverride;
import dev.tocsin.oncall.ScheduleYears;
import dev.tocsin.oncall.StoredSchedule;
import dev.tocsin.oncall.TimeRestriction;
import dev.tocsin.platform.Problem;
import dev.tocsin.platform.RequestNames;
import dev.tocsin.platform.Text;
import dev.tocsin.platform.Wire;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a schedule sent in the shape GET shows ({@link ScheduleView}) into the domain records,
 * whose constructors hold the rules; each refusal becomes a 422 naming the field it came from
 * (layers[1].customLength, overrides[0].end).
 */
final class ScheduleForm {

    private ScheduleForm() {
    }

    /** {@code slug} is the path's on PUT, the body's on POST. */
    static StoredSchedule read(ScheduleView body, String slug) {
        String name = Text.required("name", body.name(), 200);
        String organization = Text.required("organization", body.organization(), 64);
        ZoneId zone = zone(body.timeZone());
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < listOf(body.layers()).size(); i++) {
            layers.add(layer("layers[" + i + "]", body.layers().get(i)));
        }
        if (layers.isEmpty()) {
            throw Problem.invalid("layers", "layers: a schedule needs at least one layer, such as primary.");
        }
        List<ScheduleOverride> overrides = new ArrayList<>();
        for (int i = 0; i < listOf(body.overrides()).size(); i++) {
            overrides.add(override("overrides[" + i + "]", body.overrides().get(i)));
        }
        Schedule schedule = check(scheduleField(layers, overrides), () -> new Schedule(name, zone, layers, overrides));
        return check("slug", () -> new StoredSchedule(slug, organization, schedule));
    }

    private static ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            throw Problem.invalid("timeZone", "timeZone is required: an IANA name such as Europe/Berlin; the "
                    + "layers' start times and restrictions are read in it.");
        }
        return RequestNames.zone("timeZone", id);
    }

    private static Layer layer(String field, ScheduleView.LayerView layer) {
        if (layer == null) {
            throw Problem.invalid(field, field + " is empty; send the layer's name, rotation and start.");
        }
        String name = Text.required(field + ".name", layer.name(), 64);
        if (layer.rotation() == null) {
            throw Problem.invalid(field + ".rotation", field + ".rotation is required: hourly, daily, weekly or custom.");
        }
        RotationKind kind = Wire.parse(RotationKind.class, field + ".rotation", layer.rotation());
        required(field + ".start", layer.start(), "the first hand-off as a local date and time in the schedule's "
                + "time zone, e.g. 2026-01-05T09:00");
        within(field + ".start", ScheduleYears.contain(layer.start()), layer.start());
        List<String> participants = listOf(layer.participants());
        for (int p = 0; p < participants.size(); p++) {
            Text.required(field + ".participants[" + p + "]", participants.get(p), 64);
        }
        Rotation rotation = check(field + ".customLength",
                () -> new Rotation(kind, layer.customLength(), layer.start(), participants));
        List<TimeRestriction> restrictions = new ArrayList<>();
        for (int r = 0; r < listOf(layer.restrictions()).size(); r++) {
            restrictions.add(restriction(field + ".restrictions[" + r + "]", layer.restrictions().get(r)));
        }
        return check(field, () -> new Layer(name, rotation, restrictions));
    }

    private static TimeRestriction restriction(String field, ScheduleView.RestrictionView restriction) {
        if (restriction == null) {
            throw Problem.invalid(field, field + " is empty; send days, from and until.");
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : listOf(restriction.days())) {
            days.add(day(field + ".days", day));
        }
        required(field + ".from", restriction.from(), "the local time the window opens, e.g. 09:00");
        required(field + ".until", restriction.until(), "the local time it closes, e.g. 17:00; 00:00 for midnight");
        return check(field + ".days", () -> new TimeRestriction(days, restriction.from(), restriction.until()));
    }

    private static DayOfWeek day(String field, String day) {
        try {
            return DayOfWeek.valueOf(String.valueOf(day).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.invalid(field, field + ": '" + day + "' is not a day; use monday, tuesday, wednesday, "
                    + "thursday, friday, saturday or sunday.");
        }
    }

    private static ScheduleOverride override(String field, ScheduleView.OverrideView o) {
        if (o == null) {
            throw Problem.invalid(field, field + " is empty; send layer, username, start and end.");
        }
        Text.required(field + ".layer", o.layer(), 64);
        Text.required(field + ".username", o.username(), 64);
        required(field + ".start", o.start(), "an instant such as 2026-12-24T08:00:00Z");
        required(field + ".end", o.end(), "an instant such as 2026-12-26T08:00:00Z");
        within(field + ".start", ScheduleYears.contain(o.start()), o.start());
        within(field + ".end", ScheduleYears.contain(o.end()), o.end());
        return check(field + ".end", () -> new ScheduleOverride(o.layer(), o.username(), o.start(), o.end()));
    }

    /** Where Schedule's own checks would point: the first override on a missing layer, else the layers. */
    private static String scheduleField(List<Layer> layers, List<ScheduleOverride> overrides) {
        Set<String> names = new HashSet<>(layers.stream().map(Layer::name).toList());
        for (int i = 0; i < overrides.size(); i++) {
            if (!names.contains(overrides.get(i).layer())) {
                return "overrides[" + i + "].layer";
            }
        }
        return "layers";
    }

    private static void required(String field, Object value, String what) {
        if (value == null) {
            throw Problem.invalid(field, field + " is required: " + what + ".");
        }
    }

    private static void within(String field, boolean contained, Object value) {
        if (!contained) {
            throw Problem.invalid(field, field + " must be " + ScheduleYears.range() + "; got " + value + ".");
        }
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
