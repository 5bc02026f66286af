package dev.tocsin.notify.internal;

import dev.tocsin.notify.ContactMethodType;
import dev.tocsin.notify.spi.NotificationChannel;
import dev.tocsin.platform.CheckResult;
import dev.tocsin.platform.HealthCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * {@code /health}'s {@code notifications} check: for each configured channel, how its last try
 * went, from the delivery log (so every node says the same). A failing channel is reported
 * ({@code "email": {"status": "FAILING", "lastError": …}}) but does not turn the check, or
 * {@code /health}, DOWN: a load balancer would take every node out of service for an SMTP
 * outage none of them can fix, and alerts could no longer come in. A type people have contact
 * methods of but this server has no channel for shows as {@code NOT_CONFIGURED}: they are not paged there.
 */
@Component
class ChannelHealthCheck implements HealthCheck {

    private final DeliveryRepository deliveries;
    private final ContactMethodRepository contactMethods;
    private final List<ContactMethodType> configured;

    ChannelHealthCheck(DeliveryRepository deliveries, ContactMethodRepository contactMethods,
            List<NotificationChannel> channels) {
        this.deliveries = deliveries;
        this.contactMethods = contactMethods;
        this.configured = channels.stream().map(NotificationChannel::type).sorted().toList();
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public CheckResult check() {
        Map<String, Map<String, Object>> channels = new TreeMap<>();
        configured.forEach(type -> channels.put(type.wire(), new LinkedHashMap<>(Map.of("status", "UP"))));
        for (Delivery last : java.util.Arrays.stream(ContactMethodType.values())
                .flatMap(type -> deliveries.lastTried(type).stream()).toList()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            boolean ok = last.status() == DeliveryStatus.SENT;
            entry.put("status", ok ? "UP" : "FAILING");
            entry.put("lastAttemptAt", last.lastAttemptAt().toString());
            if (!ok) {
                entry.put("lastError", last.lastError());
            }
            channels.put(last.channel().wire(), entry);
        }
        // People with contact methods of a type this server cannot send: they are not paged there.
        contactMethods.typesInUse().forEach((type, count) -> {
            if (!configured.contains(type)) {
                channels.put(type.wire(), new LinkedHashMap<>(Map.of("status", "NOT_CONFIGURED", "contactMethods", count)));
            }
        });
        return CheckResult.up(Map.of("channels", channels));
    }
}
