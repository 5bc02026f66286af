package dev.tocsin.escalation.internal.web;

import dev.tocsin.escalation.EscalationLevel;
import dev.tocsin.escalation.EscalationPolicies;
import dev.tocsin.escalation.EscalationPolicy;
import dev.tocsin.escalation.internal.ManualEscalation;
import dev.tocsin.identity.People;
import dev.tocsin.identity.Person;
import dev.tocsin.incident.Incident;
import dev.tocsin.incident.Incidents;
import dev.tocsin.platform.Problem;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Builds an incident's escalation card from the same standing the API serves. */
@Component
class EscalationCards {

    private final ManualEscalation escalation;
    private final EscalationPolicies policies;
    private final Incidents incidents;
    private final People people;

    EscalationCards(ManualEscalation escalation, EscalationPolicies policies, Incidents incidents, People people) {
        this.escalation = escalation;
        this.policies = policies;
        this.incidents = incidents;
        this.people = people;
    }

    EscalationCard card(String reference) {
        Incident incident = incidents.require(reference);
        ManualEscalation.Standing standing;
        try {
            standing = escalation.standing(incident.reference());
        } catch (Problem problem) {
            // The standing says "no policy covers these services" as a 422; on a page that is a fact, not an error.
            if (problem.status() == HttpStatus.UNPROCESSABLE_CONTENT) {
                return EscalationCard.noPolicy(incident.reference());
            }
            throw problem;
        }
        EscalationPolicy policy = policies.policy(standing.policy()).orElseThrow().policy();
        Set<String> reached = standing.reached().stream().map(ManualEscalation.Reached::level)
                .collect(Collectors.toSet());
        // What "Escalate now" reaches: the first level not reached, in the policy's order, as ManualEscalation does.
        String escalateTo = incident.status().open() ? policy.levels().stream().map(EscalationLevel::name)
                .filter(name -> !reached.contains(name)).findFirst().orElse(null) : null;
        List<EscalationCard.ReachedLevel> levels = standing.reached().stream()
                .map(r -> new EscalationCard.ReachedLevel(r.level(), r.at(), names(r.people()), r.actor(), r.manual()))
                .toList();
        EscalationCard.NextLevel next = standing.next() == null ? null
                : new EscalationCard.NextLevel(standing.next().level(), standing.next().dueAt());
        return new EscalationCard(incident.reference(), policy.slug(), policy.name(), levels, next, escalateTo);
    }

    /** Usernames become display names; a vendor contact is already text and stays as it is. */
    private List<String> names(List<String> reached) {
        return reached.stream().map(p -> people.person(p).map(Person::displayName).orElse(p)).toList();
    }
}
