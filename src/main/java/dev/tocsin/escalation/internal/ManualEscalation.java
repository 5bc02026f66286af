package dev.tocsin.escalation.internal;

import dev.tocsin.escalation.EscalationLevel;
import dev.tocsin.escalation.EscalationLevelReached;
import dev.tocsin.escalation.EscalationPolicy;
import dev.tocsin.incident.Incident;
import dev.tocsin.incident.IncidentStatus;
import dev.tocsin.incident.Incidents;
import dev.tocsin.incident.timeline.Timeline;
import dev.tocsin.incident.timeline.TimelineEntry;
import dev.tocsin.platform.Problem;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Escalating by hand, and what an incident's escalation stands at. A manual escalation reaches
 * the next level of the policy not reached yet, in policy order, whatever its triggers say, the
 * same way the timer does ({@link EscalationCheck#record}); then the timer moves to the next due
 * level among those left, so it does not reach the same level again. Public for the module's
 * pages ({@code internal.web}); {@code internal} keeps it from other modules.
 */
@Component
public class ManualEscalation {

    private final Incidents incidents;
    private final IncidentEscalation escalation;
    private final LevelsReached levels;
    private final EscalationTimer timer;
    private final Timeline timeline;
    private final JsonMapper json;

    ManualEscalation(Incidents incidents, IncidentEscalation escalation, LevelsReached levels, EscalationTimer timer,
            Timeline timeline, JsonMapper json) {
        this.incidents = incidents;
        this.escalation = escalation;
        this.levels = levels;
        this.timer = timer;
        this.timeline = timeline;
        this.json = json;
    }

    public record Escalated(String level, List<String> people) {
    }

    public record Reached(String level, Instant at, List<String> people, String actor, boolean manual) {
    }

    public record Next(String level, Instant dueAt) {
    }

    public record Standing(String policy, List<Reached> reached, Next next) {
    }

    @Transactional
    public Escalated escalate(String reference, String actor) {
        Incident incident = incidents.require(reference);
        if (incident.status() == IncidentStatus.RESOLVED || incident.status() == IncidentStatus.CLOSED) {
            throw Problem.conflict("incident-not-open", "Incident not open",
                    incident.reference() + " is " + incident.status().name().toLowerCase()
                            + ": reopen it to escalate.", Map.of("incidentStatus", incident.status().name().toLowerCase()));
        }
        EscalationPolicy policy = policyOf(incident);
        Set<String> reached = escalation.reachedForUpdate(incident.id());
        EscalationLevel level = policy.levels().stream().filter(l -> !reached.contains(l.name())).findFirst()
                .orElseThrow(() -> Problem.conflict("escalation-exhausted", "Every level reached",
                        "Every level of policy '" + policy.slug() + "' has been reached for " + incident.reference()
                                + ".", Map.of("policy", policy.slug())));
        List<String> people = levels.reach(incident, level, actor, true);
        timer.move(incident.id());
        return new Escalated(level.name(), people);
    }

    @Transactional(readOnly = true)
    public Standing standing(String reference) {
        Incident incident = incidents.require(reference);
        EscalationPolicy policy = policyOf(incident);
        List<Reached> reached = timeline.entries(incident.id(), IncidentEscalation.ESCALATED).stream()
                .map(this::reached).toList();
        Set<String> names = reached.stream().map(Reached::level).collect(Collectors.toSet());
        var facts = escalation.facts(incident);
        Optional<Instant> due = escalation.planner().nextDue(policy, facts, names);
        Next next = due.flatMap(at -> policy.levels().stream().filter(l -> !names.contains(l.name()))
                .filter(l -> escalation.planner().dueAt(l, facts).filter(at::equals).isPresent()).findFirst()
                .map(l -> new Next(l.name(), at))).orElse(null);
        return new Standing(policy.slug(), reached, next);
    }

    private EscalationPolicy policyOf(Incident incident) {
        return escalation.policy(incident).orElseThrow(() -> Problem.invalid("services",
                "No escalation policy covers the services of " + incident.reference() + " ("
                        + String.join(", ", incident.services()) + ")."));
    }

    private Reached reached(TimelineEntry entry) {
        JsonNode after = json.readTree(entry.after());
        List<String> people = StreamSupport.stream(after.path("people").spliterator(), false)
                .map(JsonNode::asString).toList();
        return new Reached(after.path("level").asString(), entry.occurredAt(), people, entry.actor(),
                after.path("manual").asBoolean(false));
    }
}
