package dev.tocsin.oncall.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.oncall.Layer;
import dev.tocsin.oncall.Rotation;
import dev.tocsin.oncall.Schedule;
import dev.tocsin.oncall.ScheduleOverride;
import dev.tocsin.oncall.StoredSchedule;
import dev.tocsin.oncall.TimeRestriction;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ShiftsBecomeCalendarEventsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Function<String, String> NAMES = Map.of("alice", "Alice Arnold", "bob", "Bob Berg",
            "ken.ito", "Ken Ito", "maya.ortiz", "Maya Ortiz")::get;

    @Test
    void a_weekly_hand_off_in_berlin_stays_at_nine_local_across_the_spring_forward_week() {
        var portal = stored("portal", new Schedule("Portal on-call", BERLIN, List.of(new Layer("primary",
                Rotation.weekly(LocalDateTime.parse("2026-03-02T09:00"), List.of("alice", "bob"))))));

        String text = ICalendarWriter.write(new CalendarFeed("Portal on-call", at("2026-03-20T00:00:00Z"),
                ShiftEvents.of(portal, window("2026-03-20T00:00:00Z", "2026-04-10T00:00:00Z"), u -> true, NAMES)));

        // CET (UTC+1) until Sunday 29 March, CEST (UTC+2) after: the week across it lasts 167 hours.
        assertThat(ICalendarText.parse(text).events()).extracting(ICalendarText.Event::seen).containsExactly(
                List.of("On call: Alice Arnold (Portal on-call · primary)", "2026-03-16T08:00:00Z", "2026-03-23T08:00:00Z"),
                List.of("On call: Bob Berg (Portal on-call · primary)", "2026-03-23T08:00:00Z", "2026-03-30T07:00:00Z"),
                List.of("On call: Alice Arnold (Portal on-call · primary)", "2026-03-30T07:00:00Z", "2026-04-06T07:00:00Z"),
                List.of("On call: Bob Berg (Portal on-call · primary)", "2026-04-06T07:00:00Z", "2026-04-13T07:00:00Z"));
        assertThat(text).contains("\r\nDTSTART:20260323T080000Z\r\nDTEND:20260330T070000Z\r\n");
    }

    @Test
    void a_daily_hand_off_in_berlin_makes_a_25_hour_day_when_the_clocks_fall_back() {
        var daily = stored("daily", new Schedule("Daily", BERLIN, List.of(new Layer("primary",
                Rotation.daily(LocalDateTime.parse("2026-10-01T09:00"), List.of("alice", "bob"))))));

        var events = ShiftEvents.of(daily, window("2026-10-24T12:00:00Z", "2026-10-25T12:00:00Z"), u -> true, NAMES);

        assertThat(events).extracting(e -> e.start() + " " + e.end()).containsExactly(
                "2026-10-24T07:00:00Z 2026-10-25T08:00:00Z", "2026-10-25T08:00:00Z 2026-10-26T08:00:00Z");
    }

    @Test
    void time_outside_restrictions_is_no_event_and_an_override_is_the_overriding_persons_event() {
        var weekdays = new TimeRestriction(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
                LocalTime.of(17, 0));
        var desk = stored("desk", new Schedule("Desk", ZoneOffset.UTC, List.of(new Layer("day",
                Rotation.daily(LocalDateTime.parse("2026-11-30T09:00"), List.of("maya.ortiz")), List.of(weekdays))),
                List.of(new ScheduleOverride("day", "ken.ito", at("2026-12-02T12:00:00Z"), at("2026-12-02T14:00:00Z")))));

        var events = ShiftEvents.of(desk, window("2026-11-30T00:00:00Z", "2026-12-07T00:00:00Z"), u -> true, NAMES);

        assertThat(events).extracting(e -> e.summary() + " " + e.start() + " " + e.end()).containsExactly(
                "On call: Maya Ortiz (Desk · day) 2026-11-30T09:00:00Z 2026-11-30T17:00:00Z",
                "On call: Maya Ortiz (Desk · day) 2026-12-01T09:00:00Z 2026-12-01T17:00:00Z",
                "On call: Maya Ortiz (Desk · day) 2026-12-02T09:00:00Z 2026-12-02T12:00:00Z",
                "On call: Ken Ito (Desk · day) 2026-12-02T12:00:00Z 2026-12-02T14:00:00Z",
                "On call: Maya Ortiz (Desk · day) 2026-12-02T14:00:00Z 2026-12-02T17:00:00Z",
                "On call: Maya Ortiz (Desk · day) 2026-12-03T09:00:00Z 2026-12-03T17:00:00Z",
                "On call: Maya Ortiz (Desk · day) 2026-12-04T09:00:00Z 2026-12-04T17:00:00Z");
    }

    @Test
    void a_shift_keeps_its_real_bounds_and_its_uid_as_the_window_moves_with_each_download() {
        var portal = stored("portal", new Schedule("Portal on-call", ZoneOffset.UTC, List.of(new Layer("primary",
                Rotation.weekly(LocalDateTime.parse("2026-01-05T09:00"), List.of("maya.ortiz", "ken.ito"))))));

        var monday = ShiftEvents.of(portal, window("2026-11-23T12:00:00Z", "2026-12-10T12:00:00Z"), u -> true, NAMES);
        var tuesday = ShiftEvents.of(portal, window("2026-11-24T12:00:00Z", "2026-12-11T12:00:00Z"), u -> true, NAMES);

        assertThat(monday).extracting(CalendarEvent::start).containsExactly(at("2026-11-23T09:00:00Z"),
                at("2026-11-30T09:00:00Z"), at("2026-12-07T09:00:00Z"));
        assertThat(monday.getLast().end()).isEqualTo(at("2026-12-14T09:00:00Z"));
        assertThat(tuesday).isEqualTo(monday);
        assertThat(monday).extracting(CalendarEvent::uid).doesNotHaveDuplicates()
                .allSatisfy(uid -> assertThat(uid).matches("[0-9a-f]{32}@tocsin"));
    }

    @Test
    void a_shift_that_nothing_ends_stops_with_the_window() {
        var solo = stored("solo", new Schedule("Solo", BERLIN, List.of(new Layer("primary",
                Rotation.daily(LocalDateTime.parse("2026-01-01T09:00"), List.of("alice"))))));

        var events = ShiftEvents.of(solo, window("2026-06-01T00:00:00Z", "2026-06-02T00:00:00Z"), u -> true, NAMES);

        assertThat(events).extracting(e -> e.start() + " " + e.end()).containsExactly(
                "2026-01-01T08:00:00Z 2026-06-02T00:00:00Z");
    }

    @Test
    void a_persons_feed_keeps_only_their_shifts_on_every_layer() {
        var portal = stored("portal", new Schedule("Portal on-call", ZoneOffset.UTC, List.of(
                new Layer("primary", Rotation.weekly(LocalDateTime.parse("2026-01-05T09:00"), List.of("alice", "bob"))),
                new Layer("secondary", Rotation.weekly(LocalDateTime.parse("2026-01-05T09:00"), List.of("bob", "alice"))))));

        var events = ShiftEvents.of(portal, window("2026-11-30T09:00:00Z", "2026-12-14T09:00:00Z"), "bob"::equals,
                NAMES);

        assertThat(events).extracting(CalendarEvent::summary).containsExactly(
                "On call: Bob Berg (Portal on-call · primary)", "On call: Bob Berg (Portal on-call · secondary)");
    }

    private static StoredSchedule stored(String slug, Schedule schedule) {
        return new StoredSchedule(slug, "test", schedule);
    }

    private static FeedWindow window(String from, String until) {
        return new FeedWindow(at(from), at(until));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
