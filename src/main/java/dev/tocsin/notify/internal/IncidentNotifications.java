package dev.tocsin.notify.internal;

import dev.tocsin.identity.People;
import dev.tocsin.identity.Person;
import dev.tocsin.incident.Incident;
import dev.tocsin.incident.Incidents;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** An incident's deliveries as the API and the card show them: no addresses, only whom and how. */
@Component
public class IncidentNotifications {

    private final DeliveryRepository deliveries;
    private final Incidents incidents;
    private final People people;

    IncidentNotifications(DeliveryRepository deliveries, Incidents incidents, People people) {
        this.deliveries = deliveries;
        this.incidents = incidents;
        this.people = people;
    }

    /** One delivery. {@code lastError} says why the last try failed, or why it was cancelled. */
    public record Notification(String id, String person, String displayName, String channel, String contactMethod,
            String level, int step, DeliveryStatus status, int attempts, String lastError, Instant dueAt,
            Instant sentAt, Instant createdAt) {
    }

    public List<Notification> of(String reference) {
        Incident incident = incidents.require(reference);
        return deliveries.ofIncident(incident.id()).stream()
                .map(d -> new Notification(d.id().toString(), d.username(),
                        people.person(d.username()).map(Person::displayName).orElse(d.username()), d.channel().wire(),
                        d.contactMethod().toString(), d.reason(), d.step(), d.status(), d.attempts(), d.lastError(),
                        d.dueAt(), d.sentAt(), d.createdAt()))
                .toList();
    }
}
