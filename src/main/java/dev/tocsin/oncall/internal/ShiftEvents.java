package dev.tocsin.oncall.internal;

import dev.tocsin.oncall.OnCallCalculator;
import dev.tocsin.oncall.Schedule;
import dev.tocsin.oncall.Shift;
import dev.tocsin.oncall.StoredSchedule;
import dev.tocsin.platform.Sha256;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A schedule's shifts in a window as calendar events, one per person's shift per layer (gaps,
 * such as time outside a layer's restrictions, are no event). Overrides come out as the
 * overriding person's shifts, because the calculator already puts them there.
 *
 * <p>A shift running over an edge of the window keeps its real start and end: the window moves
 * with every download, and an event clipped to it would change its start, and so its UID, each
 * time. A shift nothing will ever end (a single participant) ends with the window.
 */
final class ShiftEvents {

    private static final OnCallCalculator CALCULATOR = new OnCallCalculator();

    private ShiftEvents() {
    }

    /**
     * @param whose which usernames to keep (everyone's for a schedule's feed, one for a person's)
     * @param displayName a username's name as people read it
     */
    static List<CalendarEvent> of(StoredSchedule stored, FeedWindow window, Predicate<String> whose,
            Function<String, String> displayName) {
        Schedule schedule = stored.schedule();
        Map<String, Shift> aroundFrom = byLayer(CALCULATOR.onCallAt(schedule, window.from()));
        Map<String, Shift> aroundUntil = byLayer(CALCULATOR.onCallAt(schedule, window.until()));
        List<CalendarEvent> events = new ArrayList<>();
        for (Shift shift : CALCULATOR.shifts(schedule, window.from(), window.until())) {
            if (shift.isGap() || !whose.test(shift.username().orElseThrow())) {
                continue;
            }
            Instant start = shift.start();
            Instant end = shift.end();
            Shift first = aroundFrom.get(shift.layer());
            if (start.equals(window.from()) && first.hasStart()) {
                start = first.start();
            }
            // The shift around `until` is this one only if it began before `until`.
            Shift last = aroundUntil.get(shift.layer());
            if (end.equals(window.until()) && last.start().isBefore(window.until()) && last.hasEnd()) {
                end = last.end();
            }
            events.add(event(stored, shift.layer(), shift.username().orElseThrow(), start, end, displayName));
        }
        return events;
    }

    private static CalendarEvent event(StoredSchedule stored, String layer, String username, Instant start,
            Instant end, Function<String, String> displayName) {
        String name = displayName.apply(username);
        String scheduleName = stored.schedule().name();
        // Only what identifies the shift, not its end: a shift cut short by a new override keeps its event.
        String uid = Sha256.hex(stored.slug() + "\n" + layer + "\n" + username + "\n" + start).substring(0, 32)
                + "@tocsin";
        return new CalendarEvent(uid, start, end,
                "On call: " + name + " (" + scheduleName + " · " + layer + ")",
                name + " (" + username + ") is on call on layer " + layer + " of " + scheduleName + " ("
                        + stored.slug() + ").");
    }

    /** Layer names are unique within a schedule (Schedule checks). */
    private static Map<String, Shift> byLayer(List<Shift> oneShiftPerLayer) {
        return oneShiftPerLayer.stream().collect(Collectors.toMap(Shift::layer, shift -> shift));
    }
}
