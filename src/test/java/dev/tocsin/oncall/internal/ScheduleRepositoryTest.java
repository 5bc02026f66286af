package dev.tocsin.oncall.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tocsin.oncall.Layer;
import dev.tocsin.oncall.Rotation;
import dev.tocsin.oncall.Schedule;
import dev.tocsin.oncall.ScheduleOverride;
import dev.tocsin.oncall.StoredSchedule;
import dev.tocsin.oncall.TimeRestriction;
import dev.tocsin.support.BothDatabases;
import dev.tocsin.support.TestDatabase;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

class ScheduleRepositoryTest {

    private static final LocalDateTime MONDAY_9 = LocalDateTime.of(2026, 1, 5, 9, 0);
    private static final Schedule PORTAL = new Schedule("Customer Portal on-call", ZoneId.of("Europe/Berlin"), List.of(
            new Layer("primary", Rotation.weekly(MONDAY_9, List.of("maya", "ken", "maya"))),
            new Layer("business-hours", Rotation.custom(Duration.ofHours(12), MONDAY_9, List.of("ken")), List.of(
                    new TimeRestriction(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                            LocalTime.of(17, 30)),
                    new TimeRestriction(EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(22, 0), LocalTime.of(6, 0)))),
            new Layer("nobody-yet", Rotation.daily(MONDAY_9, List.of()))),
            List.of(new ScheduleOverride("primary", "ken", Instant.parse("2026-12-24T08:00:00Z"),
                            Instant.parse("2026-12-26T08:00:00Z")),
                    new ScheduleOverride("primary", "maya", Instant.parse("2026-12-25T08:00:00Z"),
                            Instant.parse("2026-12-25T20:00:00.5Z"))));

    @BothDatabases
    void a_schedule_reads_back_as_written_with_its_order_kept(TestDatabase db) {
        var repository = new ScheduleRepository(givenPeople(db.jdbc()));
        repository.save(new StoredSchedule("portal-on-call", "acme", PORTAL));

        assertThat(repository.bySlug("portal-on-call")).contains(new StoredSchedule("portal-on-call", "acme", PORTAL));
        assertThat(repository.bySlug("nothing")).isEmpty();
    }

    @BothDatabases
    void saving_again_replaces_the_schedule_in_place(TestDatabase db) {
        var repository = new ScheduleRepository(givenPeople(db.jdbc()));
        repository.save(new StoredSchedule("portal-on-call", "acme", PORTAL));
        var id = db.jdbc().sql("SELECT id FROM schedule").query(java.util.UUID.class).single();
        Schedule smaller = new Schedule("Portal", ZoneId.of("UTC"),
                List.of(new Layer("secondary", Rotation.hourly(MONDAY_9, List.of("ken", "maya")))));
        repository.save(new StoredSchedule("portal-on-call", "acme", smaller));
        repository.save(new StoredSchedule("other", "acme", PORTAL));

        assertThat(repository.all()).containsExactly(new StoredSchedule("other", "acme", PORTAL),
                new StoredSchedule("portal-on-call", "acme", smaller));
        assertThat(db.jdbc().sql("SELECT id FROM schedule WHERE slug = 'portal-on-call'").query(java.util.UUID.class).single())
                .isEqualTo(id);
    }

    @BothDatabases
    void participants_must_be_known_users(TestDatabase db) {
        var repository = new ScheduleRepository(givenPeople(db.jdbc()));
        Schedule stranger = new Schedule("S", ZoneId.of("UTC"),
                List.of(new Layer("primary", Rotation.daily(MONDAY_9, List.of("stranger")))));
        assertThatThrownBy(() -> repository.save(new StoredSchedule("s", "acme", stranger)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static JdbcClient givenPeople(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO organization (slug, name, time_zone, business_day_start, business_day_end)
                VALUES ('acme', 'Acme', 'UTC', '09:00', '17:00')""").update();
        for (String username : List.of("maya", "ken")) {
            jdbc.sql("""
                    INSERT INTO app_user (username, display_name, organization, time_zone, role)
                    VALUES (?, ?, 'acme', 'UTC', 'responder')""").params(username, username).update();
        }
        return jdbc;
    }
}
