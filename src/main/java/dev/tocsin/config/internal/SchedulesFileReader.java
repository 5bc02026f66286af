package dev.tocsin.config.internal;

import static dev.tocsin.config.internal.OrganizationFolder.listOf;
import static dev.tocsin.config.internal.OrganizationFolder.require;

import dev.tocsin.catalog.Organization;
import dev.tocsin.config.internal.OrganizationFiles.LayerEntry;
import dev.tocsin.config.internal.OrganizationFiles.OverrideEntry;
import dev.tocsin.config.internal.OrganizationFiles.RestrictionEntry;
import dev.tocsin.config.internal.OrganizationFiles.ScheduleEntry;
import dev.tocsin.config.internal.OrganizationFiles.SchedulesFile;
import dev.tocsin.identity.Person;
import dev.tocsin.oncall.Layer;
import dev.tocsin.oncall.Rotation;
import dev.tocsin.oncall.RotationKind;
import dev.tocsin.oncall.Schedule;
import dev.tocsin.oncall.ScheduleOverride;
import dev.tocsin.oncall.StoredSchedule;
import dev.tocsin.oncall.TimeRestriction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Reads and checks schedules.yaml (optional): every participant must be in the folder's people.yaml. */
final class SchedulesFileReader {

    private final Path file;
    private final Set<String> usernames;

    private SchedulesFileReader(Path file, List<Person> people) {
        this.file = file;
        this.usernames = new TreeSet<>(people.stream().map(Person::username).toList());
    }

    static List<StoredSchedule> read(Path file, Organization organization, List<Person> people) {
        if (!Files.exists(file)) {
            return List.of();
        }
        var reader = new SchedulesFileReader(file, people);
        List<StoredSchedule> schedules = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (ScheduleEntry entry : listOf(OrganizationFolder.parse(file, SchedulesFile.class).schedules())) {
            StoredSchedule schedule = reader.schedule(entry, organization);
            if (!slugs.add(schedule.slug())) {
                throw new InvalidConfiguration(file, "schedule " + schedule.slug() + " is listed twice");
            }
            schedules.add(schedule);
        }
        return schedules;
    }

    private StoredSchedule schedule(ScheduleEntry s, Organization organization) {
        require(file, s.slug(), "schedules[].slug", 64);
        if (!s.slug().matches("[a-z0-9][a-z0-9-]*")) {
            throw new InvalidConfiguration(file, "schedule slug '" + s.slug()
                    + "' must be lowercase letters, digits and dashes");
        }
        String where = "schedule " + s.slug();
        require(file, s.name(), "name of " + where, 200);
        ZoneId zone = s.timeZone() == null ? organization.timeZone() : zone(s.timeZone(), where);
        if (listOf(s.layers()).isEmpty()) {
            throw new InvalidConfiguration(file, where + " needs at least one layer, such as primary");
        }
        List<Layer> layers = s.layers().stream().map(layer -> layer(layer, where)).toList();
        List<ScheduleOverride> overrides = listOf(s.overrides()).stream().map(o -> override(o, where)).toList();
        try {
            return new StoredSchedule(s.slug(), organization.slug(), new Schedule(s.name(), zone, layers, overrides));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfiguration(file, where + ": " + e.getMessage());
        }
    }

    private Layer layer(LayerEntry l, String schedule) {
        require(file, l.name(), "layers[].name of " + schedule, 64);
        String where = "layer " + l.name() + " of " + schedule;
        require(file, l.rotation(), "rotation of " + where, 16);
        RotationKind kind = OrganizationFolder.enumValue(file, RotationKind.class, "rotation of " + where,
                l.rotation().toLowerCase(Locale.ROOT));
        require(file, l.start(), "start of " + where + " (its first hand-off, e.g. 2026-01-05T09:00)", 32);
        LocalDateTime start;
        try {
            start = LocalDateTime.parse(l.start().trim());
        } catch (DateTimeException e) {
            throw new InvalidConfiguration(file, "start '" + l.start() + "' of " + where
                    + " must be a local date and time such as 2026-01-05T09:00");
        }
        List<String> participants = listOf(l.participants());
        participants.forEach(username -> requirePerson(username, where));
        try {
            Rotation rotation = new Rotation(kind,
                    l.length() == null ? null : OrganizationFolder.duration(file, l.length(), "length of " + where),
                    start, participants);
            return new Layer(l.name(), rotation, listOf(l.restrictions()).stream().map(r -> restriction(r, where))
                    .toList());
        } catch (IllegalArgumentException e) {
            throw new InvalidConfiguration(file, where + ": " + e.getMessage().replace("customLength", "length"));
        }
    }

    private TimeRestriction restriction(RestrictionEntry r, String layer) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : listOf(r.days())) {
            try {
                days.add(DayOfWeek.valueOf(day.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidConfiguration(file, "a restriction of " + layer + " names day '" + day
                        + "'; use monday, tuesday, ... sunday");
            }
        }
        if (days.isEmpty()) {
            throw new InvalidConfiguration(file, "a restriction of " + layer + " needs days, e.g. [monday, friday]");
        }
        return new TimeRestriction(days, time(r.from(), "from", layer), time(r.until(), "until", layer));
    }

    private ScheduleOverride override(OverrideEntry o, String schedule) {
        require(file, o.layer(), "overrides[].layer of " + schedule, 64);
        String where = "the override of layer " + o.layer() + " in " + schedule;
        require(file, o.person(), "person of " + where, 64);
        requirePerson(o.person(), where);
        try {
            return new ScheduleOverride(o.layer(), o.person(), instant(o.start(), "start", where),
                    instant(o.end(), "end", where));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfiguration(file, schedule + ": " + e.getMessage());
        }
    }

    private void requirePerson(String username, String where) {
        if (!usernames.contains(username)) {
            throw new InvalidConfiguration(file, where + " names '" + username
                    + "', who is not in this organization's people.yaml; known: " + usernames);
        }
    }

    private ZoneId zone(String id, String where) {
        try {
            return ZoneId.of(id.trim());
        } catch (DateTimeException e) {
            throw new InvalidConfiguration(file, where + " has unknown time zone '" + id
                    + "'; use an IANA name like Europe/Berlin");
        }
    }

    private LocalTime time(String text, String field, String where) {
        try {
            return LocalTime.parse(text == null ? "" : text.trim());
        } catch (DateTimeException e) {
            throw new InvalidConfiguration(file, "restriction " + field + " '" + text + "' of " + where
                    + " must be a time such as 09:00");
        }
    }

    private Instant instant(String text, String field, String where) {
        try {
            return Instant.parse(text == null ? "" : text.trim());
        } catch (DateTimeException e) {
            throw new InvalidConfiguration(file, field + " '" + text + "' of " + where
                    + " must be an instant such as 2026-12-24T08:00:00Z");
        }
    }
}
