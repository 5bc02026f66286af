package dev.tocsin.oncall.internal;

import dev.tocsin.identity.People;
import dev.tocsin.identity.Person;
import dev.tocsin.oncall.Schedules;
import dev.tocsin.oncall.StoredSchedule;
import dev.tocsin.platform.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * iCalendar feeds of shifts, per schedule and per person, for calendar apps to subscribe to. Read
 * with an API token or with the signed {@code ?key=} of a link from {@link CalendarLinkApi}.
 */
@RestController
@RequestMapping("/api/v1")
@SecurityRequirement(name = "bearer")
class CalendarFeedApi {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=utf-8");

    private final Schedules schedules;
    private final People people;
    private final FeedAccess access;
    private final Clock clock;

    CalendarFeedApi(Schedules schedules, People people, FeedAccess access, Clock clock) {
        this.schedules = schedules;
        this.people = people;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/schedules/{slug}/calendar.ics")
    @Operation(summary = "A schedule's shifts as an iCalendar feed, from 7 days ago to 60 days ahead by default; "
            + "with an API token or the signed key of its calendar-link")
    ResponseEntity<String> schedule(@PathVariable String slug, Principal principal,
            @Parameter(description = "the signed key from calendar-link, for apps that cannot send a token")
            @RequestParam(required = false) String key,
            @Parameter(description = "ISO-8601 instant; default 7 days ago") @RequestParam(required = false) String from,
            @Parameter(description = "ISO-8601 instant, at most 366 days after from; default 60 days ahead")
            @RequestParam(required = false) String until) {
        // Access first, so that a caller without credentials cannot learn which schedules exist.
        access.check(FeedPaths.schedule(slug), principal, key);
        StoredSchedule stored = schedules.schedule(slug).orElseThrow(() -> Problem.notFound("Schedule", slug));
        Instant now = clock.instant();
        FeedWindow window = FeedWindow.of(now, from, until);
        var events = ShiftEvents.of(stored, window, username -> true, displayNames());
        return ics(slug, new CalendarFeed(stored.schedule().name(), now, events));
    }

    @GetMapping("/users/{username}/calendar.ics")
    @Operation(summary = "One person's shifts on every schedule as an iCalendar feed, from 7 days ago to 60 days "
            + "ahead by default; with an API token or the signed key of its calendar-link")
    ResponseEntity<String> user(@PathVariable String username, Principal principal,
            @Parameter(description = "the signed key from calendar-link, for apps that cannot send a token")
            @RequestParam(required = false) String key,
            @Parameter(description = "ISO-8601 instant; default 7 days ago") @RequestParam(required = false) String from,
            @Parameter(description = "ISO-8601 instant, at most 366 days after from; default 60 days ahead")
            @RequestParam(required = false) String until) {
        access.check(FeedPaths.user(username), principal, key);
        Person person = people.person(username).orElseThrow(() -> Problem.notFound("User", username));
        Instant now = clock.instant();
        FeedWindow window = FeedWindow.of(now, from, until);
        Function<String, String> names = displayNames();
        List<CalendarEvent> events = schedules.schedules().stream()
                .flatMap(stored -> ShiftEvents.of(stored, window, username::equals, names).stream())
                .sorted(Comparator.comparing(CalendarEvent::start))
                .toList();
        return ics(username, new CalendarFeed("On call: " + person.displayName(), now, events));
    }

    private static ResponseEntity<String> ics(String name, CalendarFeed feed) {
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(name + ".ics").build().toString())
                .body(ICalendarWriter.write(feed));
    }

    /** Looks each participant up once per feed; a username no longer known shows as itself. */
    private Function<String, String> displayNames() {
        Map<String, String> names = new HashMap<>();
        return username -> names.computeIfAbsent(username,
                u -> people.person(u).map(Person::displayName).orElse(u));
    }
}
