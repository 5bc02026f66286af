package dev.tocsin.oncall.internal;

import java.time.Instant;
import java.util.List;

/** A VCALENDAR: its name as calendar apps show it, when it was made (each event's DTSTAMP) and its events. */
record CalendarFeed(String name, Instant stamp, List<CalendarEvent> events) {

    CalendarFeed {
        events = List.copyOf(events);
    }
}
