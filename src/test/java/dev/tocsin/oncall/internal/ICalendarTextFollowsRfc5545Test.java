package dev.tocsin.oncall.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarTextFollowsRfc5545Test {

    private static final Instant STAMP = Instant.parse("2026-11-29T17:30:00Z");

    @Test
    void a_line_of_75_octets_stays_whole_and_one_of_76_is_folded_with_a_space() {
        String exactly = "SUMMARY:" + "a".repeat(67);
        assertThat(ICalendarWriter.fold(exactly)).isEqualTo(exactly);

        String folded = ICalendarWriter.fold(exactly + "b");
        assertThat(folded).isEqualTo(exactly + "\r\n b");
    }

    @Test
    void continuation_lines_count_their_leading_space_within_the_75_octets() {
        String folded = ICalendarWriter.fold("X".repeat(300));
        List<String> lines = List.of(folded.split("\r\n"));
        assertThat(lines).allSatisfy(line -> assertThat(octets(line)).isLessThanOrEqualTo(75));
        assertThat(lines.get(0)).hasSize(75);
        assertThat(lines.get(1)).hasSize(75).startsWith(" X");
        assertThat(String.join("", lines.stream().map(l -> l.startsWith(" ") ? l.substring(1) : l).toList()))
                .isEqualTo("X".repeat(300));
    }

    @Test
    void folding_never_splits_a_multi_byte_character() {
        // 74 octets of ASCII, then "ü" (2 octets) would end at 76: it moves whole to the next line.
        String umlaut = "S".repeat(74) + "ü";
        assertThat(ICalendarWriter.fold(umlaut)).isEqualTo("S".repeat(74) + "\r\n ü");

        // "·" is 2 octets, "€" 3 and "🚨" 4 (a surrogate pair in Java): none is ever cut.
        String mixed = "SUMMARY:On call: Zoë Ørsted (Kundenportal · primär) €🚨".repeat(6);
        String folded = ICalendarWriter.fold(mixed);
        for (String line : folded.split("\r\n")) {
            assertThat(octets(line)).isLessThanOrEqualTo(75);
            assertThat(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(line);
            assertThat(Character.isHighSurrogate(line.charAt(line.length() - 1))).isFalse();
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(mixed);
        // A full line of 3-octet characters holds 25 of them.
        assertThat(ICalendarWriter.fold("€".repeat(26)).split("\r\n")[0]).isEqualTo("€".repeat(25));
    }

    @Test
    void text_escapes_backslash_semicolon_comma_and_line_breaks_and_drops_other_control_characters() {
        assertThat(ICalendarWriter.escape("a\\b;c,d\ne\r\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
        assertThat(ICalendarWriter.escape("tab\there, bell\u0007, del\u007f: kept: colon")).isEqualTo(
                "tab\there\\, bell\\, del: kept: colon");
    }

    @Test
    void every_line_ends_in_crlf_and_times_are_utc_with_z() {
        var event = new CalendarEvent("u1@tocsin", Instant.parse("2026-03-23T08:00:00Z"),
                Instant.parse("2026-03-30T07:00:00Z"), "On call: Maya Ortiz (Portal; EU, primary)", "line one\nline two");
        String text = ICalendarWriter.write(new CalendarFeed("Portal on-call", STAMP, List.of(event)));

        assertThat(text).endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        assertThat(Arrays.asList(text.split("\r\n"))).contains("BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT",
                "UID:u1@tocsin", "DTSTAMP:20261129T173000Z", "DTSTART:20260323T080000Z", "DTEND:20260330T070000Z",
                "SUMMARY:On call: Maya Ortiz (Portal\\; EU\\, primary)", "DESCRIPTION:line one\\nline two",
                "END:VEVENT");
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:");

        ICalendarText parsed = ICalendarText.parse(text);
        assertThat(parsed.calendar().get("X-WR-CALNAME")).isEqualTo("Portal on-call");
        assertThat(parsed.events()).singleElement().satisfies(e -> {
            assertThat(e.summary()).isEqualTo("On call: Maya Ortiz (Portal; EU, primary)");
            assertThat(e.get("DESCRIPTION")).isEqualTo("line one\nline two");
        });
    }

    @Test
    void a_long_summary_with_accents_comes_back_whole_through_folding_and_escaping() {
        String summary = "On call: Émilie Šťastná-Øvergård, a very long name; (Zákaznický portál · pohotovost, primární)";
        var event = new CalendarEvent("u2@tocsin", STAMP, STAMP.plusSeconds(3600), summary, "…");
        String text = ICalendarWriter.write(new CalendarFeed("Kundenportal", STAMP, List.of(event)));

        assertThat(text).contains("\r\n ");
        assertThat(ICalendarText.parse(text).events().getFirst().summary()).isEqualTo(summary);
    }

    private static int octets(String line) {
        return line.getBytes(StandardCharsets.UTF_8).length;
    }
}
