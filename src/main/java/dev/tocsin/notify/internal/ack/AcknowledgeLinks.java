package dev.tocsin.notify.internal.ack;

import dev.tocsin.identity.People;
import dev.tocsin.identity.Person;
import dev.tocsin.incident.Incident;
import dev.tocsin.incident.IncidentChange;
import dev.tocsin.incident.IncidentStatus;
import dev.tocsin.incident.Incidents;
import dev.tocsin.incident.timeline.Timeline;
import dev.tocsin.incident.timeline.TimelineEntry;
import dev.tocsin.notify.AcknowledgeTokens;
import dev.tocsin.notify.AcknowledgeTokens.Check;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens and uses acknowledge links, for the page and the API alike. Looking is read-only: mail
 * scanners and link previewers fetch every link in a message, so only an explicit POST acts.
 */
@Component
class AcknowledgeLinks {

    private static final String STATUS_CHANGED = "status_changed";

    private final AcknowledgeTokens tokens;
    private final Incidents incidents;
    private final People people;
    private final Timeline timeline;

    AcknowledgeLinks(AcknowledgeTokens tokens, Incidents incidents, People people, Timeline timeline) {
        this.tokens = tokens;
        this.incidents = incidents;
        this.people = people;
        this.timeline = timeline;
    }

    /**
     * The timeline's actor for a change made through a link: the person first, as for a change made
     * signed in, then how, so the entry says the link and not a session acted.
     */
    static String actor(String username) {
        return username + " (acknowledge link)";
    }

    /** What the link would do; changes nothing. */
    LinkState look(String token) {
        return switch (tokens.check(token)) {
            case Check.Refused refused -> new LinkState.Invalid();
            case Check.Expired expired -> new LinkState.Expired(expired.expired());
            case Check.Valid valid -> named(valid).map(n -> standing(n.incident(), n.person()))
                    .orElseGet(LinkState.Invalid::new);
        };
    }

    /**
     * Acknowledges as the link's person if the incident is still triggered. The incident stays
     * locked from reading its status to writing it, so a click racing another acknowledgment
     * answers "already acknowledged" instead of an illegal-transition error.
     */
    @Transactional
    LinkState acknowledge(String token) {
        if (!(tokens.check(token) instanceof Check.Valid valid)) {
            return look(token);
        }
        Optional<Named> named = named(valid);
        if (named.isEmpty()) {
            return new LinkState.Invalid();
        }
        Person person = named.get().person();
        timeline.lock(valid.incidentId());
        Incident current = incidents.find(valid.incidentId().toString()).orElseThrow();
        if (current.status() != IncidentStatus.TRIGGERED) {
            return standing(current, person);
        }
        String actor = actor(person.username());
        Incident acknowledged = incidents.change(current.id().toString(),
                new IncidentChange(IncidentStatus.ACKNOWLEDGED, null, null, null, null), actor);
        return new LinkState.Acknowledged(acknowledged, person, actor, acknowledged.acknowledgedAt());
    }

    private record Named(Incident incident, Person person) {
    }

    /** A valid token still needs its person and incident: a person removed since may not act. */
    private Optional<Named> named(Check.Valid valid) {
        return people.person(valid.username()).flatMap(person -> incidents.find(valid.incidentId().toString())
                .map(incident -> new Named(incident, person)));
    }

    private LinkState standing(Incident incident, Person person) {
        if (incident.status() == IncidentStatus.TRIGGERED) {
            return new LinkState.Open(incident, person);
        }
        // The first status change is the one that left triggered, whatever it moved to.
        List<TimelineEntry> changes = timeline.entries(incident.id(), STATUS_CHANGED);
        String by = changes.isEmpty() ? null : changes.getFirst().actor();
        var at = incident.acknowledgedAt();
        return incident.status().open() ? new LinkState.AlreadyAcknowledged(incident, person, by, at)
                : new LinkState.Finished(incident, person, by, at);
    }
}
