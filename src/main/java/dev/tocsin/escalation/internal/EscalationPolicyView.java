package dev.tocsin.escalation.internal;

import dev.tocsin.escalation.StoredEscalationPolicy;
import java.util.List;

/** A policy as GET /api/v1/escalation-policies shows it. */
record EscalationPolicyView(String slug, String name, String organization, List<String> services,
        List<LevelView> levels) {

    static EscalationPolicyView of(StoredEscalationPolicy stored) {
        return new EscalationPolicyView(stored.slug(), stored.policy().name(), stored.organization(),
                stored.services(), stored.policy().levels().stream().map(LevelView::of).toList());
    }
}
