package dev.tocsin.escalation.internal;

import dev.tocsin.escalation.EscalationLevel;
import dev.tocsin.escalation.EscalationLevelReached;
import dev.tocsin.escalation.EscalationPolicy;
import dev.tocsin.escalation.IncidentFacts;
import dev.tocsin.incident.Incident;
import dev.tocsin.incident.timeline.NewEntry;
import dev.tocsin.incident.timeline.Timeline;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Reaching escalation levels, in the caller's transaction: the timer when it fires, the declaring
 * or changing transaction for levels due at once, and a person escalating by hand all come here.
 * Levels reached are read under the timeline's lock, so none is reached twice.
 */
@Component
class LevelsReached {

    private final IncidentEscalation escalation;
    private final EscalationTargets targets;
    private final Timeline timeline;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LevelsReached(IncidentEscalation escalation, EscalationTargets targets, Timeline timeline,
            ApplicationEventPublisher events, Clock clock) {
        this.escalation = escalation;
        this.targets = targets;
        this.timeline = timeline;
        this.events = events;
        this.clock = clock;
    }

    /** Every level of the incident's policy due by {@code by} and not reached yet is reached now. */
    void reachDue(Incident incident, Instant by) {
        escalation.policy(incident)
                .ifPresent(policy -> reachDue(incident, policy, escalation.facts(incident), by, false));
    }

    /**
     * The same for a caller that has the policy and facts already; returns the names of the levels
     * reached, before and now, so the caller can plan the next one without reading the timeline again.
     * {@code declaredNow}: the incident was declared in the caller's transaction.
     */
    Set<String> reachDue(Incident incident, EscalationPolicy policy, IncidentFacts facts, Instant by,
            boolean declaredNow) {
        // An incident declared in this very transaction has reached nothing yet, and its declaration
        // holds its timeline's lock: nothing to read.
        Set<String> reached = declaredNow ? new HashSet<>()
                : new HashSet<>(escalation.reachedForUpdate(incident.id()));
        for (EscalationLevel level : escalation.planner().dueBy(policy, facts, by, reached)) {
            reach(incident, level, EscalationCheck.ACTOR, false);
            reached.add(level.name());
        }
        return reached;
    }

    /**
     * Reaches one level: its targets resolved to people now, one {@code escalated} timeline entry
     * written by {@code actor} (details say {@code "manual": true} when a person asked for it), and
     * {@link EscalationLevelReached}, which notifications page in this same transaction.
     */
    List<String> reach(Incident incident, EscalationLevel level, String actor, boolean manual) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<String> people = targets.people(level, incident, now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("level", level.name());
        details.put("targets", level.targets().stream().map(EscalationTargets::describe).toList());
        details.put("people", people);
        if (manual) {
            details.put("manual", true);
        }
        String whom = people.isEmpty() ? "nobody (no one on call)" : String.join(", ", people);
        timeline.append(incident.id(), now, actor, new NewEntry(IncidentEscalation.ESCALATED,
                (manual ? "Escalated by hand to " : "Escalated to ") + level.name() + ": " + whom, null, details));
        events.publishEvent(new EscalationLevelReached(incident.id(), level.name(), people));
        return people;
    }
}
