package dev.tocsin.escalation;

import java.util.List;

/** A policy as an organization folder declares it: its organization and the services that use it. */
public record StoredEscalationPolicy(String organization, EscalationPolicy policy, List<String> services) {

    public StoredEscalationPolicy {
        services = List.copyOf(services);
    }

    public String slug() {
        return policy.slug();
    }
}
