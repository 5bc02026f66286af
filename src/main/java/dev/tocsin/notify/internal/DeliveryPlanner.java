package dev.tocsin.notify.internal;

import dev.tocsin.escalation.EscalationLevelReached;
import dev.tocsin.identity.People;
import dev.tocsin.incident.timeline.NewEntry;
import dev.tocsin.incident.timeline.Timeline;
import dev.tocsin.notify.ContactMethod;
import dev.tocsin.notify.ContactMethods;
import dev.tocsin.notify.NotificationRule;
import dev.tocsin.platform.AfterCommit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A level reached pages its people: each person's rule steps become deliveries, written in the
 * transaction that reached the level (the outbox), so they exist exactly when the level does.
 * Steps due at once are sent as soon as that transaction commits; later ones at their time
 * ({@link DeliveryWakeUps}); anything a crash left behind by the sweep.
 */
@Component
class DeliveryPlanner {

    static final String NOT_PAGED = "not_paged";

    private final ContactMethodRepository contactMethods;
    private final DeliveryRepository deliveries;
    private final DeliverySender sender;
    private final DeliveryWakeUps wakeUps;
    private final People people;
    private final Timeline timeline;
    private final ContactMethods channels;
    private final Clock clock;

    DeliveryPlanner(ContactMethodRepository contactMethods, DeliveryRepository deliveries, DeliverySender sender,
            DeliveryWakeUps wakeUps, ContactMethods channels, People people, Timeline timeline, Clock clock) {
        this.contactMethods = contactMethods;
        this.deliveries = deliveries;
        this.sender = sender;
        this.wakeUps = wakeUps;
        this.people = people;
        this.timeline = timeline;
        this.channels = channels;
        this.clock = clock;
    }

    @EventListener
    void on(EscalationLevelReached reached) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Set<UUID> dueNow = new LinkedHashSet<>();
        for (String username : new LinkedHashSet<>(reached.people())) {
            // A contact method whose channel this server lacks (email without SMTP) is not tried: it
            // could only fail, retry and give up. /health lists such types.
            List<ContactMethod> all = contactMethods.of(username);
            List<ContactMethod> methods = all.stream().filter(m -> channels.canSend(m.type())).toList();
            if (methods.isEmpty()) {
                notPaged(reached, username, all, now);
                continue;
            }
            Map<UUID, ContactMethod> byId = methods.stream()
                    .collect(Collectors.toMap(ContactMethod::id, Function.identity()));
            List<NotificationRule> rules = contactMethods.rules(username);
            if (rules.isEmpty()) {
                rules = methods.stream().map(m -> new NotificationRule(Duration.ZERO, m.id())).toList();
            }
            int planned = 0;
            for (int step = 0; step < rules.size(); step++) {
                NotificationRule rule = rules.get(step);
                ContactMethod method = byId.get(rule.contactMethod());
                if (method == null) {
                    // A step on a contact method this server has no channel for (the rules name the
                    // person's own methods, a foreign key): the person's other steps still page.
                    continue;
                }
                planned++;
                deliveries.insert(Delivery.pending(reached.incidentId(), username, method.id(), method.type(),
                        method.address(), reached.level(), step, now.plus(rule.delay()), now));
                if (rule.delay().isZero()) {
                    dueNow.add(method.id());
                } else {
                    wakeUps.wakeAt(now.plus(rule.delay()));
                }
            }
            if (planned == 0) {
                // Every rule names a contact method this server cannot use.
                notPaged(reached, username, all.stream().filter(m -> !channels.canSend(m.type())).toList(), now);
            }
        }
        if (!dueNow.isEmpty()) {
            AfterCommit.run(() -> sender.sendSoon(dueNow));
        }
    }

    /**
     * A person reached whom no message can reach says so in the timeline, so a responder waiting for
     * a page knows it is not coming. A vendor's support contact is text, not a user: it is shown as
     * reached and nobody expects a page. {@code unusable}: the contact methods that would have paged
     * them but have no channel here (none: they have no contact method at all).
     */
    private void notPaged(EscalationLevelReached reached, String username, List<ContactMethod> unusable,
            Instant now) {
        if (unusable.isEmpty() && people.person(username).isEmpty()) {
            return;
        }
        List<String> unconfigured = unusable.stream().map(m -> m.type().wire()).distinct().toList();
        String why = unusable.isEmpty() ? "they have no contact method"
                : "no channel on this server sends to their " + String.join(" or ", unconfigured)
                        + " (docs/channels.md)";
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("person", username);
        details.put("level", reached.level());
        details.put("unconfigured", unconfigured);
        timeline.append(reached.incidentId(), now, DeliveryWorker.ACTOR, new NewEntry(NOT_PAGED,
                "Could not page " + username + " for " + reached.level() + ": " + why, null, details));
    }
}
