package dev.tocsin.oncall.internal;

import dev.tocsin.oncall.Layer;
import dev.tocsin.oncall.Schedule;
import dev.tocsin.oncall.ScheduleOverride;
import dev.tocsin.oncall.Shift;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Who is on call on one layer over time, found by walking from edge to edge: hand-offs,
 * restriction windows, and the fixed edges (the rotation's start and each override's start and
 * end). An edge may change who is on call; a shift runs until one does.
 *
 * <p>Between two fixed edges where the rotation decides, the layer changes hands within
 * {@link #quietSpan} (every participant's turn comes round, and every week has a window edge)
 * or never. So a walk that has gone that long without a change jumps to the next fixed edge:
 * a single participant is on call "from the start, without end" and the walk still ends.
 */
public final class LayerTimeline {

    /** More than a week of restriction windows, so that a window's start or end has come by. */
    private static final Duration A_WEEK_AND_TWO_DAYS = Duration.ofDays(9);

    private final String layer;
    private final RotationClock rotation;
    private final RestrictionWindows restrictions;
    private final List<ScheduleOverride> overrides;
    private final NavigableSet<Instant> fixedEdges = new TreeSet<>();
    private final Duration quietSpan;

    private LayerTimeline(Layer layer, Schedule schedule) {
        this.layer = layer.name();
        this.rotation = new RotationClock(layer.rotation(), schedule.timeZone());
        this.restrictions = new RestrictionWindows(layer.restrictions(), schedule.timeZone());
        this.overrides = schedule.overrides().stream().filter(o -> o.layer().equals(layer.name())).toList();
        fixedEdges.add(rotation.start());
        overrides.forEach(o -> {
            fixedEdges.add(o.start());
            fixedEdges.add(o.end());
        });
        this.quietSpan = rotation.longestTurn()
                .multipliedBy(Math.max(1, rotation.participantCount()))
                .plus(A_WEEK_AND_TWO_DAYS);
    }

    /** One timeline per layer, in the schedule's order. */
    public static List<LayerTimeline> of(Schedule schedule) {
        return schedule.layers().stream().map(layer -> new LayerTimeline(layer, schedule)).toList();
    }

    /** The shift containing {@code at}: as long as the same person (or nobody) is on call. */
    public Shift shiftAround(Instant at) {
        return new Shift(layer, whoAt(at), startOfShiftAround(at), nextChange(at, Shift.UNBOUNDED_FUTURE));
    }

    /** The shifts in [from, to), gaps included, clipped to the range. */
    public List<Shift> shifts(Instant from, Instant to) {
        List<Shift> shifts = new ArrayList<>();
        for (Instant start = from; start.isBefore(to); ) {
            Instant end = nextChange(start, to);
            shifts.add(new Shift(layer, whoAt(start), start, end));
            start = end;
        }
        return shifts;
    }

    Optional<String> whoAt(Instant instant) {
        for (ScheduleOverride override : overrides.reversed()) {
            if (override.covers(instant)) {
                return Optional.of(override.username());
            }
        }
        return restrictions.allow(instant) ? rotation.participantAt(instant) : Optional.empty();
    }

    /** The first instant after {@code from} and before {@code limit} when someone else is on call; else limit. */
    private Instant nextChange(Instant from, Instant limit) {
        Optional<String> who = whoAt(from);
        Instant cursor = from;
        Instant segmentStart = from;
        while (true) {
            Instant next = fixedEdges.higher(cursor);
            if (rotationDecides(cursor) && !longerThanQuietSpan(segmentStart, cursor)) {
                next = earliest(next, rotation.nextHandOffAfter(cursor), restrictions.nextEdgeAfter(cursor));
            }
            if (next == null || !next.isBefore(limit)) {
                return limit;
            }
            if (!whoAt(next).equals(who)) {
                return next;
            }
            if (fixedEdges.contains(next)) {
                segmentStart = next;
            }
            cursor = next;
        }
    }

    /** The last instant at or before {@code at} since which the same person is on call. */
    private Instant startOfShiftAround(Instant at) {
        Optional<String> who = whoAt(at);
        Instant cursor = at;
        Instant segmentEnd = at;
        while (true) {
            Instant edge = fixedEdges.floor(cursor);
            if (rotationDecides(cursor) && !longerThanQuietSpan(cursor, segmentEnd)) {
                edge = latest(edge, rotation.lastHandOffAtOrBefore(cursor), restrictions.lastEdgeAtOrBefore(cursor));
            }
            if (edge == null) {
                return Shift.UNBOUNDED_PAST;
            }
            // Edges are instants, at most nanosecond-precise, so the nanosecond before an edge
            // belongs to the piece that ends there.
            Instant justBefore = edge.minusNanos(1);
            if (!whoAt(justBefore).equals(who)) {
                return edge;
            }
            if (fixedEdges.contains(edge)) {
                segmentEnd = edge;
            }
            cursor = justBefore;
        }
    }

    private boolean rotationDecides(Instant instant) {
        return !instant.isBefore(rotation.start()) && overrides.stream().noneMatch(o -> o.covers(instant));
    }

    private boolean longerThanQuietSpan(Instant from, Instant to) {
        return Duration.between(from, to).compareTo(quietSpan) > 0;
    }

    private static Instant earliest(Instant... instants) {
        Instant earliest = null;
        for (Instant instant : instants) {
            if (instant != null && (earliest == null || instant.isBefore(earliest))) {
                earliest = instant;
            }
        }
        return earliest;
    }

    private static Instant latest(Instant... instants) {
        Instant latest = null;
        for (Instant instant : instants) {
            if (instant != null && (latest == null || instant.isAfter(latest))) {
                latest = instant;
            }
        }
        return latest;
    }
}
