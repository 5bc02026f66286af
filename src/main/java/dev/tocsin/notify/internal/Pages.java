package dev.tocsin.notify.internal;

import dev.tocsin.identity.People;
import dev.tocsin.identity.Person;
import dev.tocsin.incident.Incident;
import dev.tocsin.notify.AcknowledgeTokens;
import dev.tocsin.notify.spi.Page;
import dev.tocsin.platform.Sha256;
import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Turns the deliveries going out as one message into the {@link Page} a channel renders, with its links. */
@Component
class Pages {

    private final People people;
    private final AcknowledgeTokens tokens;
    private final NotifyProperties properties;
    private final String publicUrl;

    Pages(People people, AcknowledgeTokens tokens, NotifyProperties properties,
            @Value("${tocsin.public-url:http://localhost:8080}") String publicUrl) {
        this.people = people;
        this.tokens = tokens;
        this.properties = properties;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /**
     * One page for {@code deliveries} (same person, same address), each incident once, newest first.
     * {@code incidents} holds every incident they name.
     */
    Page page(List<Delivery> deliveries, Map<UUID, Incident> incidents, Instant now) {
        String username = deliveries.getFirst().username();
        String displayName = people.person(username).map(Person::displayName).orElse(username);
        Map<UUID, Page.PagedIncident> paged = new LinkedHashMap<>();
        deliveries.stream()
                .sorted(Comparator.comparing((Delivery d) -> incidents.get(d.incidentId()).number()).reversed())
                .forEach(d -> paged.computeIfAbsent(d.incidentId(), id -> paged(incidents.get(id), d, now)));
        return new Page(messageKey(deliveries), new Page.Recipient(username, displayName), List.copyOf(paged.values()),
                now);
    }

    private Page.PagedIncident paged(Incident incident, Delivery delivery, Instant now) {
        String token = tokens.issue(incident.id(), delivery.username(), properties.acknowledgeLinkLifetime());
        return new Page.PagedIncident(incident.reference(), incident.title(), incident.severity(),
                incident.status().wire(), delivery.reason(), URI.create(publicUrl + "/incidents/" + incident.reference()),
                URI.create(publicUrl + "/ack/" + token));
    }

    /**
     * A message's idempotency key: the delivery's own when it goes alone, so every try of it carries
     * the same key; for a bundle one derived from its deliveries' keys, the same while the bundle is.
     */
    static String messageKey(List<Delivery> deliveries) {
        if (deliveries.size() == 1) {
            return deliveries.getFirst().idempotencyKey();
        }
        String keys = String.join(",", deliveries.stream().map(Delivery::idempotencyKey).sorted().toList());
        return "tocsin-bundle-" + Sha256.hex(keys).substring(0, 32);
    }
}
