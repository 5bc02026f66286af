package dev.tocsin.escalation.internal;

import dev.tocsin.catalog.Catalog;
import dev.tocsin.catalog.Service;
import dev.tocsin.catalog.VendorSupport;
import dev.tocsin.escalation.EscalationLevel;
import dev.tocsin.escalation.EscalationTarget;
import dev.tocsin.identity.People;
import dev.tocsin.identity.Team;
import dev.tocsin.incident.Incident;
import dev.tocsin.oncall.OnCallCalculator;
import dev.tocsin.oncall.Schedules;
import dev.tocsin.oncall.Shift;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Whom a level's targets name at a moment: usernames, and vendor support contacts as text. */
@Component
class EscalationTargets {

    private final Schedules schedules;
    private final People people;
    private final Catalog catalog;
    private final OnCallCalculator onCall = new OnCallCalculator();

    EscalationTargets(Schedules schedules, People people, Catalog catalog) {
        this.schedules = schedules;
        this.people = people;
        this.catalog = catalog;
    }

    /** In the order of the level's targets, each once; nobody for a gap in a schedule. */
    List<String> people(EscalationLevel level, Incident incident, Instant at) {
        Set<String> found = new LinkedHashSet<>();
        for (EscalationTarget target : level.targets()) {
            found.addAll(resolve(target, incident, at));
        }
        return List.copyOf(found);
    }

    private List<String> resolve(EscalationTarget target, Incident incident, Instant at) {
        return switch (target) {
            case EscalationTarget.OnCall(String schedule, String layer) -> schedules.schedule(schedule)
                    .map(stored -> onCall.onCallAt(stored.schedule(), at)).orElse(List.of()).stream()
                    .filter(shift -> shift.layer().equals(layer)).map(Shift::username).flatMap(Optional::stream)
                    .toList();
            case EscalationTarget.Person(String username) -> List.of(username);
            case EscalationTarget.Team(String slug) -> people.team(slug).map(Team::members).orElse(List.of()).stream()
                    .map(Team.Member::username).toList();
            case EscalationTarget.VendorSupport() -> incident.services().stream().map(catalog::service)
                    .flatMap(Optional::stream).filter(Service::external).map(Service::vendorSupport)
                    .filter(Objects::nonNull).map(EscalationTargets::contact).toList();
        };
    }

    /** "WHMCS hosting provider: Hosting provider support desk, support@…, +1 555 0150". */
    static String contact(VendorSupport vendor) {
        String reach = Stream.of(vendor.contact(), vendor.email(), vendor.phone(), vendor.url())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
        return vendor.name() == null ? reach : reach.isEmpty() ? vendor.name() : vendor.name() + ": " + reach;
    }

    static String describe(EscalationTarget target) {
        return switch (target) {
            case EscalationTarget.OnCall(String schedule, String layer) -> "on call: " + schedule + "/" + layer;
            case EscalationTarget.Person(String username) -> "person: " + username;
            case EscalationTarget.Team(String slug) -> "team: " + slug;
            case EscalationTarget.VendorSupport() -> "vendor support";
        };
    }
}
