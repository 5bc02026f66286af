package dev.tocsin.oncall.internal.web;

import dev.tocsin.identity.People;
import dev.tocsin.identity.Person;
import dev.tocsin.oncall.OnCallCalculator;
import dev.tocsin.oncall.Schedule;
import dev.tocsin.oncall.ScheduleOverride;
import dev.tocsin.oncall.Schedules;
import dev.tocsin.oncall.StoredSchedule;
import dev.tocsin.platform.Problem;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Schedule pages: who is on call now everywhere, and one schedule's next two weeks. Read only. */
@Controller
class SchedulePages {

    private static final OnCallCalculator CALCULATOR = new OnCallCalculator();

    private final Schedules schedules;
    private final People people;
    private final Clock clock;

    SchedulePages(Schedules schedules, People people, Clock clock) {
        this.schedules = schedules;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/schedules")
    String list(Model model) {
        Instant now = clock.instant();
        Function<String, String> names = names();
        model.addAttribute("schedules", schedules.schedules().stream().map(stored -> new ScheduleSummary(stored.slug(),
                stored.schedule().name(), stored.organization(), stored.schedule().timeZone().getId(),
                onCall(stored.schedule(), now, names))).toList());
        return "schedules/list";
    }

    @GetMapping("/schedules/{slug}")
    String show(@PathVariable String slug, Model model) {
        StoredSchedule stored = schedules.schedule(slug).orElseThrow(() -> Problem.notFound("Schedule", slug));
        Schedule schedule = stored.schedule();
        Instant now = clock.instant();
        Function<String, String> names = names();
        model.addAttribute("schedule", stored);
        model.addAttribute("timeZone", schedule.timeZone().getId());
        model.addAttribute("onCall", onCall(schedule, now, names));
        model.addAttribute("timeline", TwoWeekTimeline.of(schedule, now, names));
        model.addAttribute("overrides", schedule.overrides().stream()
                .sorted(Comparator.comparing(ScheduleOverride::start))
                .map(override -> OverrideRow.of(override, schedule, now, names)).toList());
        return "schedules/show";
    }

    private static List<LayerNow> onCall(Schedule schedule, Instant now, Function<String, String> names) {
        return CALCULATOR.onCallAt(schedule, now).stream().map(shift -> LayerNow.of(shift, schedule.timeZone(), names))
                .toList();
    }

    /** Display names by username, read once per page; an unknown username shows as itself. */
    private Function<String, String> names() {
        Map<String, String> byUsername = people.people().stream()
                .collect(Collectors.toMap(Person::username, Person::displayName, (a, b) -> a));
        return username -> byUsername.getOrDefault(username, username);
    }
}
