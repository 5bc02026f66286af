package dev.tocsin.notify.internal;

import dev.tocsin.escalation.EscalationLevelReached;
import dev.tocsin.notify.ContactMethod;
import dev.tocsin.notify.ContactMethodType;
import dev.tocsin.notify.NotificationRule;
import dev.tocsin.notify.spi.NotificationChannel;
import dev.tocsin.platform.AfterCommit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

    private final ContactMethodRepository contactMethods;
    private final DeliveryRepository deliveries;
    private final DeliverySender sender;
    private final DeliveryWakeUps wakeUps;
    private final Set<ContactMethodType> configured;
    private final Clock clock;

    DeliveryPlanner(ContactMethodRepository contactMethods, DeliveryRepository deliveries, DeliverySender sender, DeliveryWakeUps wakeUps, List<NotificationChannel> channels, Clock clock) {
        this.contactMethods = contactMethods;
        this.deliveries = deliveries;
        this.sender = sender;
        this.wakeUps = wakeUps;
        this.configured = channels.stream().map(NotificationChannel::type).collect(Collectors.toSet());
        this.clock = clock;
    }

    @EventListener
    void on(EscalationLevelReached reached) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Set<UUID> dueNow = new LinkedHashSet<>();
        for (String username : new LinkedHashSet<>(reached.people())) {
            // A contact method whose channel this server lacks (email without SMTP) is not paged: a page
            // that cannot go would only write a failure into every timeline. /health lists such types.
            // A vendor's support contact is text, not a user, and has none: the timeline shows it, nobody is paged.
            List<ContactMethod> methods = contactMethods.of(username).stream()
                    .filter(m -> configured.contains(m.type())).toList();
            if (methods.isEmpty()) {
                continue;
            }
            Map<UUID, ContactMethod> byId = methods.stream()
                    .collect(Collectors.toMap(ContactMethod::id, Function.identity()));
            List<NotificationRule> rules = contactMethods.rules(username);
            if (rules.isEmpty()) {
                rules = methods.stream().map(m -> new NotificationRule(Duration.ZERO, m.id())).toList();
            }
            for (int step = 0; step < rules.size(); step++) {
                NotificationRule rule = rules.get(step);
                ContactMethod method = byId.get(rule.contactMethod());
                if (method == null) {
                    // Rules name the person's own contact methods (a foreign key); should one ever be
                    // missing, the person's other steps still page rather than the level failing.
                    continue;
                }
                deliveries.insert(Delivery.pending(reached.incidentId(), username, method.id(), method.type(),
                        method.address(), reached.level(), step, now.plus(rule.delay()), now));
                if (rule.delay().isZero()) {
                    dueNow.add(method.id());
                } else {
                    wakeUps.wakeAt(now.plus(rule.delay()));
                }
            }
        }
        if (!dueNow.isEmpty()) {
            AfterCommit.run(() -> sender.sendSoon(dueNow));
        }
    }
}
