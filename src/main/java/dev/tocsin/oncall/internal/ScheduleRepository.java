package dev.tocsin.oncall.internal;

import dev.tocsin.oncall.Layer;
import dev.tocsin.oncall.Rotation;
import dev.tocsin.oncall.RotationKind;
import dev.tocsin.oncall.Schedule;
import dev.tocsin.oncall.ScheduleOverride;
import dev.tocsin.oncall.StoredSchedule;
import dev.tocsin.oncall.TimeRestriction;
import dev.tocsin.platform.Wire;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Schedules in five tables (V8). Saving replaces a schedule's layers, participants, restrictions
 * and overrides as a whole, keeping its id: a schedule is small and written rarely.
 */
@Repository
public class ScheduleRepository {

    private static final List<String> CHILD_TABLES = List.of("schedule_override", "schedule_participant",
            "schedule_restriction", "schedule_layer");

    private final JdbcClient jdbc;

    public ScheduleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts, or replaces the schedule with that slug; call inside a transaction. */
    public void save(StoredSchedule stored) {
        Schedule schedule = stored.schedule();
        UUID id = idOf(stored.slug()).orElse(null);
        if (id == null) {
            insert(stored);
            return;
        }
        jdbc.sql("UPDATE schedule SET organization = ?, name = ?, time_zone = ? WHERE id = ?")
                .params(stored.organization(), schedule.name(), schedule.timeZone().getId(), id).update();
        for (String table : CHILD_TABLES) {
            jdbc.sql("DELETE FROM " + table + " WHERE schedule = ?").param(id).update();
        }
        insertParts(id, schedule);
    }

    /**
     * Inserts a new schedule; a concurrent insert of the same slug makes this one fail on the key
     * (a 409) instead of replacing it, as {@link #save} would.
     */
    public void insert(StoredSchedule stored) {
        Schedule schedule = stored.schedule();
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO schedule (id, slug, organization, name, time_zone) VALUES (?, ?, ?, ?, ?)")
                .params(id, stored.slug(), stored.organization(), schedule.name(), schedule.timeZone().getId())
                .update();
        insertParts(id, schedule);
    }

    private void insertParts(UUID id, Schedule schedule) {
        for (int l = 0; l < schedule.layers().size(); l++) {
            insertLayer(id, l, schedule.layers().get(l));
        }
        for (int o = 0; o < schedule.overrides().size(); o++) {
            ScheduleOverride override = schedule.overrides().get(o);
            jdbc.sql("""
                    INSERT INTO schedule_override (schedule, position, layer, username, starts_at, ends_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(id, o, override.layer(), override.username(), utc(override.start()), utc(override.end()))
                    .update();
        }
    }

    private void insertLayer(UUID id, int position, Layer layer) {
        Rotation rotation = layer.rotation();
        jdbc.sql("""
                INSERT INTO schedule_layer (schedule, position, name, rotation_kind, custom_length_seconds, rotation_start)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, position, layer.name(), Wire.name(rotation.kind()),
                        rotation.customLength() == null ? null : rotation.customLength().toSeconds(), rotation.start())
                .update();
        for (int p = 0; p < rotation.participants().size(); p++) {
            jdbc.sql("INSERT INTO schedule_participant (schedule, layer_position, position, username) VALUES (?, ?, ?, ?)")
                    .params(id, position, p, rotation.participants().get(p)).update();
        }
        for (int r = 0; r < layer.restrictions().size(); r++) {
            TimeRestriction restriction = layer.restrictions().get(r);
            String days = EnumSet.copyOf(restriction.days()).stream().map(DayOfWeek::name)
                    .collect(Collectors.joining(","));
            jdbc.sql("""
                    INSERT INTO schedule_restriction (schedule, layer_position, position, days, from_time, until_time)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(id, position, r, days, restriction.from(), restriction.until()).update();
        }
    }

    public Optional<StoredSchedule> bySlug(String slug) {
        return jdbc.sql("SELECT * FROM schedule WHERE slug = ?").param(slug).query(this::header).optional()
                .map(this::complete);
    }

    /** Every schedule, by organization and slug. */
    public List<StoredSchedule> all() {
        return jdbc.sql("SELECT * FROM schedule ORDER BY organization, slug").query(this::header).list().stream()
                .map(this::complete).toList();
    }

    private Optional<UUID> idOf(String slug) {
        return jdbc.sql("SELECT id FROM schedule WHERE slug = ?").param(slug).query(UUID.class).optional();
    }

    private record Header(UUID id, String slug, String organization, String name, ZoneId timeZone) {
    }

    private Header header(ResultSet rs, int row) throws SQLException {
        return new Header(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("organization"),
                rs.getString("name"), ZoneId.of(rs.getString("time_zone")));
    }

    /** Four reads whatever the number of layers: this runs in every escalation that reaches a schedule. */
    private StoredSchedule complete(Header h) {
        Map<Integer, List<String>> participants = jdbc.sql("""
                SELECT layer_position, username FROM schedule_participant WHERE schedule = ?
                ORDER BY layer_position, position""")
                .param(h.id())
                .query((rs, row) -> Map.entry(rs.getInt("layer_position"), rs.getString("username")))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Integer, List<TimeRestriction>> restrictions = jdbc.sql("""
                SELECT * FROM schedule_restriction WHERE schedule = ? ORDER BY layer_position, position""")
                .param(h.id())
                .query((r, row) -> Map.entry(r.getInt("layer_position"), new TimeRestriction(days(r.getString("days")),
                        r.getObject("from_time", LocalTime.class), r.getObject("until_time", LocalTime.class))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<Layer> layers = jdbc.sql("SELECT * FROM schedule_layer WHERE schedule = ? ORDER BY position")
                .param(h.id()).query(this::layerRow).list().stream()
                .map(layer -> new Layer(layer.name(), new Rotation(layer.kind(), layer.length(), layer.start(),
                        participants.getOrDefault(layer.position(), List.of())),
                        restrictions.getOrDefault(layer.position(), List.of())))
                .toList();
        List<ScheduleOverride> overrides = jdbc.sql("SELECT * FROM schedule_override WHERE schedule = ? ORDER BY position")
                .param(h.id())
                .query((rs, row) -> new ScheduleOverride(rs.getString("layer"), rs.getString("username"),
                        rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("ends_at", OffsetDateTime.class).toInstant()))
                .list();
        return new StoredSchedule(h.slug(), h.organization(), new Schedule(h.name(), h.timeZone(), layers, overrides));
    }

    private record LayerRow(int position, String name, RotationKind kind, Duration length, LocalDateTime start) {
    }

    private LayerRow layerRow(ResultSet rs, int row) throws SQLException {
        long seconds = rs.getLong("custom_length_seconds");
        Duration length = rs.wasNull() ? null : Duration.ofSeconds(seconds);
        return new LayerRow(rs.getInt("position"), rs.getString("name"),
                Wire.parse(RotationKind.class, "rotation_kind", rs.getString("rotation_kind")), length,
                rs.getObject("rotation_start", LocalDateTime.class));
    }

    private static EnumSet<DayOfWeek> days(String text) {
        return Arrays.stream(text.split(",")).map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
