package dev.tocsin.notify.internal;

import dev.tocsin.incident.IncidentStatus;
import dev.tocsin.incident.IncidentStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rules stop when the incident is acknowledged (or resolved): its deliveries not sent yet are
 * cancelled in the same transaction. A row being sent at this very moment is not waited for; the
 * sender checks the incident when it claims a row, so a retry after the acknowledgment goes too.
 */
@Component
class AcknowledgingStopsRules {

    private final DeliveryRepository deliveries;

    AcknowledgingStopsRules(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @EventListener
    void on(IncidentStatusChanged changed) {
        if (changed.from() == IncidentStatus.TRIGGERED || !changed.to().open()) {
            deliveries.cancelPendingOf(changed.incidentId(), "incident " + changed.to().wire() + " before it was sent");
        }
    }
}
