package dev.tocsin.incident;

import java.util.UUID;

/** Customers found impacted, or no longer: escalation levels on customer impact depend on it. */
public record IncidentCustomerImpactChanged(UUID incidentId, boolean customerImpact) {
}
