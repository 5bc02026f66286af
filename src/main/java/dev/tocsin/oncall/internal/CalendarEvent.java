package dev.tocsin.oncall.internal;

import java.time.Instant;

/**
 * One VEVENT: a person's shift. {@code uid} stays the same for the same shift from one download
 * to the next, so a calendar app updates the event rather than adding a copy.
 */
record CalendarEvent(String uid, Instant start, Instant end, String summary, String description) {
}
