package dev.tocsin.notify.internal;

import dev.tocsin.incident.Incident;
import dev.tocsin.incident.Incidents;
import dev.tocsin.incident.timeline.NewEntry;
import dev.tocsin.incident.timeline.Timeline;
import dev.tocsin.notify.ContactMethodType;
import dev.tocsin.notify.spi.NotificationChannel;
import dev.tocsin.notify.spi.Page;
import dev.tocsin.notify.spi.SendOutcome;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due to one contact method, in one transaction that holds its rows (and the
 * contact method's) from claim to result: sends to one contact method queue on its row, due rows
 * are claimed with SKIP LOCKED so no two transactions send the same one, and a crash before the
 * commit leaves them waiting to be sent again (at least once; the idempotency key lets the far
 * side drop the repeat). The throttle lives here: a contact method gets at most one message
 * per bundle window, and what falls due meanwhile goes out together at the window's end.
 */
@Component
class DeliveryWorker {

    static final String ACTOR = "tocsin:notify";
    static final String NOTIFIED = "notified";
    static final String NOTIFICATION_FAILED = "notification_failed";
    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryRepository deliveries;
    private final ContactMethodRepository contactMethods;
    private final Incidents incidents;
    private final Timeline timeline;
    private final Pages pages;
    private final Map<ContactMethodType, NotificationChannel> channels;
    private final NotifyProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final DeliveryWakeUps wakeUps;

    DeliveryWorker(DeliveryRepository deliveries, ContactMethodRepository contactMethods, Incidents incidents,
            Timeline timeline, Pages pages, List<NotificationChannel> channels, NotifyProperties properties,
            Clock clock, PlatformTransactionManager transactionManager, DeliveryWakeUps wakeUps) {
        this.deliveries = deliveries;
        this.contactMethods = contactMethods;
        this.incidents = incidents;
        this.timeline = timeline;
        this.pages = pages;
        this.channels = channels.stream().collect(Collectors.toMap(NotificationChannel::type, Function.identity()));
        this.properties = properties;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.wakeUps = wakeUps;
    }

    /** Every contact method with something due: the sweep's round. */
    void sendAllDue() {
        deliveries.contactMethodsDue(now()).forEach(this::sendDue);
    }

    /** Sends what is due to {@code contactMethod}, after any send to it that is running now. */
    void sendDue(UUID contactMethod) {
        try {
            transactions.executeWithoutResult(status -> sendDueLocked(contactMethod));
        } catch (RuntimeException e) {
            // Rolled back: the rows wait for the next sweep.
            log.warn("Sending to contact method {} failed; the sweep tries again", contactMethod, e);
        }
    }

    private void sendDueLocked(UUID contactMethod) {
        if (!contactMethods.lock(contactMethod)) {
            deliveries.cancelPendingFor(contactMethod, "contact method removed");
            return;
        }
        Instant now = now();
        Map<UUID, Incident> named = new HashMap<>();
        List<Delivery> live = new ArrayList<>();
        for (Delivery d : deliveries.claimDue(contactMethod, now)) {
            Optional<Incident> incident = named.containsKey(d.incidentId()) ? Optional.of(named.get(d.incidentId()))
                    : incidents.find(d.incidentId().toString());
            Optional<String> stale = incident.isEmpty() ? Optional.of("incident gone") : stale(incident.get(), d);
            if (stale.isPresent()) {
                deliveries.cancel(d.id(), stale.get());
            } else {
                named.put(d.incidentId(), incident.get());
                live.add(d);
            }
        }
        if (live.isEmpty()) {
            return;
        }
        if (properties.bundleWindow().isZero()) {
            // Bundling off: every page is a message of its own, even those due at the same moment.
            live.forEach(d -> send(List.of(d), d.address(), named, now));
            return;
        }
        Optional<Instant> windowEnds = deliveries.lastSent(contactMethod).map(at -> at.plus(properties.bundleWindow()));
        if (windowEnds.isPresent() && now.isBefore(windowEnds.get())) {
            live.forEach(d -> deliveries.postpone(d.id(), windowEnds.get()));
            wakeUps.wakeAt(windowEnds.get());
            return;
        }
        Map<String, List<Delivery>> byAddress = live.stream()
                .collect(Collectors.groupingBy(Delivery::address, LinkedHashMap::new, Collectors.toList()));
        byAddress.forEach((address, group) -> send(group, address, named, now));
    }

    /** Rule steps stop when the incident is acknowledged: a delivery written before that (or before resolving) goes. */
    private static Optional<String> stale(Incident incident, Delivery d) {
        if (!incident.status().open()) {
            return Optional.of("incident " + incident.status().wire() + " before it was sent");
        }
        if (incident.acknowledgedAt() != null && !d.createdAt().isAfter(incident.acknowledgedAt())) {
            return Optional.of("incident acknowledged before it was sent");
        }
        return Optional.empty();
    }

    private void send(List<Delivery> group, String address, Map<UUID, Incident> named, Instant now) {
        ContactMethodType type = group.getFirst().channel();
        Page page = pages.page(group, named, now);
        NotificationChannel channel = channels.get(type);
        SendOutcome outcome;
        if (channel == null) {
            outcome = new SendOutcome.Failed("the " + type.wire() + " channel is not configured on this server", true);
        } else {
            try {
                outcome = channel.send(page, address);
            } catch (RuntimeException e) {
                outcome = new SendOutcome.Failed(String.valueOf(e.getMessage()), false);
            }
        }
        switch (outcome) {
            case SendOutcome.Delivered delivered -> group.forEach(d -> {
                deliveries.sent(d.id(), now, page.idempotencyKey());
                timeline.append(d.incidentId(), now, ACTOR, new NewEntry(NOTIFIED, "Paged " + d.username() + " by "
                        + type.wire() + (group.size() > 1 ? " (" + page.incidents().size() + " incidents in one message)"
                                : "") + ": " + d.reason(), null, details(d, group.size())));
            });
            case SendOutcome.Failed failed -> group.forEach(d -> failed(d, failed, now, page.idempotencyKey()));
        }
    }

    private void failed(Delivery d, SendOutcome.Failed failed, Instant now, String messageKey) {
        int attempts = d.attempts() + 1;
        if (!failed.permanent() && attempts < properties.maxAttempts()) {
            Instant nextTry = now.plus(properties.retryDelay(attempts));
            deliveries.failed(d.id(), DeliveryStatus.RETRYING, now, failed.reason(), nextTry, messageKey);
            wakeUps.wakeAt(nextTry);
            return;
        }
        deliveries.failed(d.id(), DeliveryStatus.GIVEN_UP, now, failed.reason(), d.dueAt(), messageKey);
        Map<String, Object> details = details(d, 1);
        details.put("attempts", attempts);
        details.put("error", failed.reason());
        timeline.append(d.incidentId(), now, ACTOR, new NewEntry(NOTIFICATION_FAILED, "Could not page " + d.username()
                + " by " + d.channel().wire() + (failed.permanent() ? "" : " after " + attempts + " tries") + ": "
                + failed.reason(), null, details));
    }

    /** The timeline names the person, channel and contact method, never the address: timelines are shared and kept. */
    private static Map<String, Object> details(Delivery d, int bundled) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("person", d.username());
        details.put("channel", d.channel().wire());
        details.put("contactMethod", d.contactMethod().toString());
        details.put("delivery", d.id().toString());
        details.put("level", d.reason());
        if (bundled > 1) {
            details.put("bundled", bundled);
        }
        return details;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
