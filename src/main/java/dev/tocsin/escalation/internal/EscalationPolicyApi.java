package dev.tocsin.escalation.internal;

import dev.tocsin.escalation.EscalationPolicies;
import dev.tocsin.platform.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Escalation policies, read only (viewer); policies come from the organization folders. */
@RestController
@RequestMapping("/api/v1")
@SecurityRequirement(name = "bearer")
class EscalationPolicyApi {

    private final EscalationPolicies policies;

    EscalationPolicyApi(EscalationPolicies policies) {
        this.policies = policies;
    }

    @GetMapping("/escalation-policies")
    @Operation(summary = "All escalation policies with their levels, targets, triggers and the services using them")
    List<EscalationPolicyView> list() {
        return policies.all().stream().map(EscalationPolicyView::of).toList();
    }

    @GetMapping("/escalation-policies/{slug}")
    @Operation(summary = "One escalation policy by slug")
    EscalationPolicyView policy(@PathVariable String slug) {
        return policies.policy(slug).map(EscalationPolicyView::of)
                .orElseThrow(() -> Problem.notFound("Escalation policy", slug));
    }
}
