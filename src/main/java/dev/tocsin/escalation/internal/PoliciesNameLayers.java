package dev.tocsin.escalation.internal;

import dev.tocsin.escalation.EscalationLevel;
import dev.tocsin.escalation.EscalationTarget;
import dev.tocsin.escalation.StoredEscalationPolicy;
import dev.tocsin.oncall.LayerReferences;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The levels whose on-call targets name a schedule's layer, for oncall to keep that layer. */
@Component
class PoliciesNameLayers implements LayerReferences {

    private final EscalationPolicyRepository repository;

    PoliciesNameLayers(EscalationPolicyRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<String> to(String schedule, String layer) {
        var target = new EscalationTarget.OnCall(schedule, layer);
        List<String> found = new ArrayList<>();
        for (StoredEscalationPolicy stored : repository.all()) {
            for (EscalationLevel level : stored.policy().levels()) {
                if (level.targets().contains(target)) {
                    found.add("escalation policy " + stored.slug() + " (level '" + level.name() + "')");
                }
            }
        }
        return found;
    }
}
