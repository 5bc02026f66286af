package dev.tocsin.oncall.internal;

import dev.tocsin.identity.People;
import dev.tocsin.identity.Person;
import dev.tocsin.oncall.OnCallCalculator;
import dev.tocsin.oncall.ScheduleYears;
import dev.tocsin.oncall.Schedules;
import dev.tocsin.oncall.StoredSchedule;
import dev.tocsin.platform.Problem;
import dev.tocsin.platform.RequestNames;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.time.Clock;
import java.time.Instant;
import java.net.URI;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Schedules and who is on call: anyone reads (viewer); admins create and replace schedules, in the
 * shape GET shows them, so a client can read one, edit it and send it back.
 */
@RestController
@RequestMapping("/api/v1")
@SecurityRequirement(name = "bearer")
class ScheduleApi {

    private static final OnCallCalculator CALCULATOR = new OnCallCalculator();

    private final Schedules schedules;
    private final People people;
    private final Clock clock;

    ScheduleApi(Schedules schedules, People people, Clock clock) {
        this.schedules = schedules;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/schedules")
    @Operation(summary = "All on-call schedules with their layers, rotations, restrictions and overrides")
    List<ScheduleView> list() {
        return schedules.schedules().stream().map(ScheduleView::of).toList();
    }

    @GetMapping("/schedules/{slug}")
    @Operation(summary = "One on-call schedule by slug")
    ScheduleView schedule(@PathVariable String slug) {
        return ScheduleView.of(find(slug));
    }

    @PostMapping("/schedules")
    @Operation(summary = "Create a schedule (admin)", description = "The body has the shape GET shows. 409 when the "
            + "slug is taken; 422 naming the field for a bad value or an unknown organization or person")
    ResponseEntity<ScheduleView> create(@RequestBody ScheduleView body) {
        if (body.slug() == null) {
            throw Problem.invalid("slug", "slug is required: lowercase letters, digits and dashes, e.g. "
                    + "portal-on-call.");
        }
        StoredSchedule created = schedules.create(ScheduleForm.read(body, body.slug()));
        return ResponseEntity.created(URI.create("/api/v1/schedules/" + created.slug())).body(ScheduleView.of(created));
    }

    @PutMapping("/schedules/{slug}")
    @Operation(summary = "Replace a schedule as a whole (admin)", description = "Layers, participants, restrictions "
            + "and overrides are replaced by the body's, which has the shape GET shows. 404 when unknown")
    ScheduleView update(@PathVariable String slug, @RequestBody ScheduleView body) {
        return ScheduleView.of(schedules.update(ScheduleForm.read(body, RequestNames.ofPut("slug", body.slug(), slug))));
    }

    @GetMapping("/schedules/{slug}/on-call")
    @Operation(summary = "Who is on call on each layer of a schedule at an instant (default now), from when until when")
    OnCallView onCall(@PathVariable String slug, @Parameter(description = "ISO-8601 instant, e.g. 2026-11-30T09:00:00Z; "
            + "default now") @RequestParam(required = false) String at) {
        return onCall(find(slug), instant(at));
    }

    @GetMapping("/on-call")
    @Operation(summary = "Who is on call on every layer of every schedule at an instant (default now)")
    List<OnCallView> everyone(@Parameter(description = "ISO-8601 instant; default now")
            @RequestParam(required = false) String at) {
        Instant instant = instant(at);
        return schedules.schedules().stream().map(schedule -> onCall(schedule, instant)).toList();
    }

    private OnCallView onCall(StoredSchedule stored, Instant at) {
        var layers = CALCULATOR.onCallAt(stored.schedule(), at).stream()
                .map(shift -> OnCallView.LayerShift.of(shift,
                        shift.username().flatMap(people::person).map(Person::displayName).orElse(null)))
                .toList();
        return new OnCallView(stored.slug(), stored.schedule().name(), stored.schedule().timeZone().getId(), at, layers);
    }

    private StoredSchedule find(String slug) {
        return schedules.schedule(slug).orElseThrow(() -> Problem.notFound("Schedule", slug));
    }

    private Instant instant(String at) {
        if (at == null || at.isBlank()) {
            return clock.instant();
        }
        Instant instant;
        try {
            instant = Instant.parse(at.trim());
        } catch (DateTimeParseException e) {
            throw Problem.badParameter("at", "must be an ISO-8601 instant such as 2026-11-30T09:00:00Z; got '" + at + "'.");
        }
        if (!ScheduleYears.contain(instant)) {
            throw Problem.badParameter("at", "must be " + ScheduleYears.range() + "; got '" + at + "'.");
        }
        return instant;
    }
}
