package dev.tocsin.oncall.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small reader of the feeds for tests, strict where the writer must be: every physical line
 * ends in CRLF and has at most 75 octets; folded lines are joined again; TEXT values unescaped.
 */
record ICalendarText(Map<String, String> calendar, List<Event> events) {

    /** One VEVENT's properties by name (parameters dropped), values unescaped. */
    record Event(Map<String, String> properties) {

        String get(String name) {
            return properties.get(name);
        }

        String summary() {
            return get("SUMMARY");
        }

        Instant start() {
            return utc(get("DTSTART"));
        }

        Instant end() {
            return utc(get("DTEND"));
        }

        /** Summary, start and end: what a person sees. */
        List<String> seen() {
            return List.of(summary(), start().toString(), end().toString());
        }
    }

    static ICalendarText parse(String text) {
        if (!text.endsWith("\r\n")) {
            throw new AssertionError("The text does not end with CRLF");
        }
        String[] physical = text.substring(0, text.length() - 2).split("\r\n", -1);
        List<String> lines = new ArrayList<>();
        for (String line : physical) {
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new AssertionError("A bare LF or CR in line: " + line);
            }
            if (line.getBytes(StandardCharsets.UTF_8).length > 75) {
                throw new AssertionError("A line over 75 octets: " + line);
            }
            if (line.startsWith(" ") || line.startsWith("\t")) {
                int last = lines.size() - 1;
                lines.set(last, lines.get(last) + line.substring(1));
            } else {
                lines.add(line);
            }
        }
        if (!lines.getFirst().equals("BEGIN:VCALENDAR") || !lines.getLast().equals("END:VCALENDAR")) {
            throw new AssertionError("Not one VCALENDAR: " + lines.getFirst() + " … " + lines.getLast());
        }
        Map<String, String> calendar = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        Map<String, String> event = null;
        for (String line : lines.subList(1, lines.size() - 1)) {
            int colon = line.indexOf(':');
            String name = line.substring(0, colon).split(";", 2)[0];
            String value = unescape(line.substring(colon + 1));
            if (line.equals("BEGIN:VEVENT")) {
                event = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                events.add(new Event(event));
                event = null;
            } else if (event != null) {
                if (event.put(name, value) != null) {
                    throw new AssertionError("Twice in one event: " + name);
                }
            } else {
                calendar.put(name, value);
            }
        }
        return new ICalendarText(calendar, events);
    }

    List<Event> summarized(String prefix) {
        return events.stream().filter(e -> e.summary().startsWith(prefix)).toList();
    }

    static String unescape(String value) {
        var out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static Instant utc(String value) {
        if (value == null || !value.endsWith("Z")) {
            throw new AssertionError("Not a UTC date-time: " + value);
        }
        return LocalDateTime.parse(value, DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")).toInstant(ZoneOffset.UTC);
    }
}
