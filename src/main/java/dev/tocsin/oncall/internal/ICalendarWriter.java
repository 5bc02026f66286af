package dev.tocsin.oncall.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes a feed as RFC 5545 text: CRLF line ends, lines folded at 75 octets of UTF-8, TEXT values
 * escaped, every time in UTC ({@code 20261130T090000Z}), so no VTIMEZONE is needed and each app
 * shows the instants in its own zone.
 */
final class ICalendarWriter {

    static final String CRLF = "\r\n";
    static final int MAX_LINE_OCTETS = 75;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendarWriter() {
    }

    static String write(CalendarFeed feed) {
        var out = new StringBuilder(256 + feed.events().size() * 400);
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Tocsin//On-call calendar//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        // NAME is RFC 7986; Google Calendar, Outlook and Apple Calendar read the older X-WR-CALNAME.
        line(out, "NAME:" + escape(feed.name()));
        line(out, "X-WR-CALNAME:" + escape(feed.name()));
        // A hint to refresh hourly; Google Calendar refreshes at its own pace whatever this says.
        line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT1H");
        line(out, "X-PUBLISHED-TTL:PT1H");
        for (CalendarEvent event : feed.events()) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + event.uid());
            line(out, "DTSTAMP:" + utc(feed.stamp()));
            line(out, "DTSTART:" + utc(event.start()));
            line(out, "DTEND:" + utc(event.end()));
            line(out, "SUMMARY:" + escape(event.summary()));
            line(out, "DESCRIPTION:" + escape(event.description()));
            // Being on call is not a meeting: it should not mark the person busy.
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String utc(Instant instant) {
        return UTC.format(instant);
    }

    /**
     * A TEXT value: backslash, semicolon and comma escaped, any line break as {@code \n}, and other
     * control characters (which RFC 5545 forbids in values) left out.
     */
    static String escape(String text) {
        var out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (c == '\t' || (c >= 0x20 && c != 0x7f)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Breaks a content line into lines of at most 75 octets, each continuation starting with one
     * space (which counts), never inside a UTF-8 character: a split character is garbled in some apps.
     */
    static String fold(String line) {
        var out = new StringBuilder(line.length() + 16);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }

    private static void line(StringBuilder out, String contentLine) {
        out.append(fold(contentLine)).append(CRLF);
    }
}
