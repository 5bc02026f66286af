package dev.tocsin.oncall.internal.web;

import dev.tocsin.oncall.Layer;
import dev.tocsin.oncall.OnCallCalculator;
import dev.tocsin.oncall.Schedule;
import dev.tocsin.oncall.Shift;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The next two weeks of a schedule as positioned boxes: from today's local midnight to the
 * midnight fourteen days on, one row per layer, one bar per shift (gaps included, drawn empty).
 * Positions are shares of the real time in the window, so a 23-hour day across a daylight-saving
 * change is drawn a little narrower, and bars and days stay aligned.
 */
record TwoWeekTimeline(Instant from, Instant to, List<Day> days, List<Row> rows, String nowStyle) {

    static final int DAYS = 14;

    record Day(LocalDate date, String label, String style, boolean weekend, boolean today) {
    }

    record Row(String layer, List<Bar> bars) {
    }

    /** {@code person} is a display name, null for a gap; {@code startLocal} and {@code endLocal} in the schedule's zone. */
    record Bar(String username, String person, Instant start, Instant end, String startLocal, String endLocal,
            String style) {

        public boolean gap() {
            return username == null;
        }

        /** One of six colours, the same for a person on every row and page, so turns are told apart at a glance. */
        public String colour() {
            return gap() ? "gap" : "c" + Math.floorMod(username.hashCode(), 6);
        }

        public String title() {
            return (gap() ? "nobody on call" : person) + ", " + startLocal + " – " + endLocal;
        }
    }

    static TwoWeekTimeline of(Schedule schedule, Instant now, Function<String, String> names) {
        ZoneId zone = schedule.timeZone();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant from = today.atStartOfDay(zone).toInstant();
        Instant to = today.plusDays(DAYS).atStartOfDay(zone).toInstant();
        Function<Instant, Double> share = at -> 100.0 * Duration.between(from, at).toMillis()
                / Duration.between(from, to).toMillis();

        List<Day> days = new ArrayList<>();
        for (int i = 0; i < DAYS; i++) {
            LocalDate date = today.plusDays(i);
            Instant start = date.atStartOfDay(zone).toInstant();
            Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            days.add(new Day(date, LocalTimes.day(start, zone), style(share.apply(start), share.apply(end)), weekend,
                    i == 0));
        }

        List<Shift> shifts = new OnCallCalculator().shifts(schedule, from, to);
        List<Row> rows = schedule.layers().stream().map(Layer::name).map(layer -> new Row(layer, shifts.stream()
                .filter(shift -> shift.layer().equals(layer))
                .map(shift -> new Bar(shift.username().orElse(null), shift.username().map(names).orElse(null),
                        shift.start(), shift.end(), LocalTimes.dayTime(shift.start(), zone),
                        LocalTimes.dayTime(shift.end(), zone), style(share.apply(shift.start()), share.apply(shift.end()))))
                .toList())).toList();
        return new TwoWeekTimeline(from, to, days, rows, String.format(Locale.ROOT, "left: %.4f%%", share.apply(now)));
    }

    private static String style(double left, double right) {
        return String.format(Locale.ROOT, "left: %.4f%%; width: %.4f%%", left, right - left);
    }
}
