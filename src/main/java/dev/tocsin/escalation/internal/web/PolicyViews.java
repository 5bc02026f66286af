package dev.tocsin.escalation.internal.web;

import dev.tocsin.catalog.Catalog;
import dev.tocsin.catalog.Service;
import dev.tocsin.escalation.EscalationLevel;
import dev.tocsin.escalation.EscalationTarget;
import dev.tocsin.escalation.StoredEscalationPolicy;
import dev.tocsin.identity.People;
import dev.tocsin.identity.Person;
import dev.tocsin.identity.Team;
import dev.tocsin.oncall.OnCallCalculator;
import dev.tocsin.oncall.Schedules;
import dev.tocsin.oncall.StoredSchedule;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/** Puts a stored policy into words for its page: targets named as people know them, triggers as sentences. */
@Component
class PolicyViews {

    private final Schedules schedules;
    private final People people;
    private final Catalog catalog;
    private final Clock clock;
    private final OnCallCalculator onCall = new OnCallCalculator();

    PolicyViews(Schedules schedules, People people, Catalog catalog, Clock clock) {
        this.schedules = schedules;
        this.people = people;
        this.catalog = catalog;
        this.clock = clock;
    }

    PolicyView view(StoredEscalationPolicy stored) {
        List<PolicyView.ServiceRef> services = stored.services().stream()
                .map(slug -> catalog.service(slug).map(s -> new PolicyView.ServiceRef(s.slug(), s.name(), s.external()))
                        .orElse(new PolicyView.ServiceRef(slug, slug, false)))
                .toList();
        List<EscalationLevel> levels = stored.policy().levels();
        return new PolicyView(stored.slug(), stored.policy().name(), stored.organization(), services,
                IntStream.range(0, levels.size()).mapToObj(i -> level(i + 1, levels.get(i), services)).toList());
    }

    private PolicyView.LevelRow level(int position, EscalationLevel level, List<PolicyView.ServiceRef> services) {
        return new PolicyView.LevelRow(position, level.name(),
                level.targets().stream().map(target -> target(target, services)).toList(),
                level.triggers().stream().map(TriggerWords::describe).toList());
    }

    private PolicyView.TargetRow target(EscalationTarget target, List<PolicyView.ServiceRef> services) {
        return switch (target) {
            case EscalationTarget.OnCall o -> onCall(o);
            case EscalationTarget.Person p -> new PolicyView.TargetRow("person", person(p.username()), null, null);
            case EscalationTarget.Team t -> new PolicyView.TargetRow("team", team(t.slug()), null, null);
            case EscalationTarget.VendorSupport v -> new PolicyView.TargetRow("vendor support",
                    "the support contact of each affected external service" + vendors(services), null, null);
        };
    }

    private PolicyView.TargetRow onCall(EscalationTarget.OnCall target) {
        Optional<StoredSchedule> schedule = schedules.schedule(target.schedule());
        String name = schedule.map(s -> s.schedule().name()).orElse(target.schedule());
        // Whom the layer would reach right now, so a reader sees the policy and the rota meet.
        String now = schedule.flatMap(s -> onCall.onCallAt(s.schedule(), clock.instant()).stream()
                        .filter(shift -> shift.layer().equals(target.layer())).findFirst())
                .map(shift -> shift.username().map(this::displayName).orElse("nobody (a gap)")).orElse(null);
        return new PolicyView.TargetRow("on call", target.layer() + " on call, " + name,
                "/schedules/" + target.schedule(), now);
    }

    private String person(String username) {
        return people.person(username)
                .map(p -> p.title() == null || p.title().isBlank() ? p.displayName() : p.displayName() + ", " + p.title())
                .orElse(username);
    }

    private String team(String slug) {
        return people.team(slug).map(team -> team.name() + " (" + String.join(", ",
                team.members().stream().map(Team.Member::username).map(this::displayName).toList()) + ")")
                .orElse(slug);
    }

    private String displayName(String username) {
        return people.person(username).map(Person::displayName).orElse(username);
    }

    private String vendors(List<PolicyView.ServiceRef> services) {
        List<String> vendors = services.stream().filter(PolicyView.ServiceRef::external)
                .map(s -> catalog.service(s.slug()).map(Service::vendorSupport).map(v -> v.name()).orElse(s.name()))
                .distinct().toList();
        return vendors.isEmpty() ? "" : ": " + String.join(", ", vendors);
    }
}
