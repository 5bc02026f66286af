package dev.tocsin.escalation.internal;

import dev.tocsin.escalation.EscalationPolicies;
import dev.tocsin.platform.Problem;
import dev.tocsin.platform.RequestNames;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Escalation policies: anyone reads (viewer); admins create and replace them, in the shape GET
 * shows them, so a client can read one, edit it and send it back.
 */
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

    @PostMapping("/escalation-policies")
    @Operation(summary = "Create an escalation policy (admin)", description = "The body has the shape GET shows; the "
            + "services listed move to this policy. 409 when the slug is taken; 422 naming the field for a bad value "
            + "or an unknown organization, service, schedule, layer, user, team or severity")
    ResponseEntity<EscalationPolicyView> create(@RequestBody EscalationPolicyView body) {
        if (body.slug() == null) {
            throw Problem.invalid("slug", "slug is required: lowercase letters, digits and dashes, e.g. "
                    + "customer-portal.");
        }
        var created = EscalationPolicyView.of(policies.create(EscalationPolicyForm.read(body, body.slug())));
        return ResponseEntity.created(URI.create("/api/v1/escalation-policies/" + created.slug())).body(created);
    }

    @PutMapping("/escalation-policies/{slug}")
    @Operation(summary = "Replace an escalation policy as a whole (admin)", description = "Levels and services are "
            + "replaced by the body's, which has the shape GET shows; a service left out no longer uses the policy. "
            + "404 when unknown")
    EscalationPolicyView update(@PathVariable String slug, @RequestBody EscalationPolicyView body) {
        if (body.services() == null) {
            // Left out, it would read as "no services": every service would lose its policy, and
            // incidents on them would escalate to nobody.
            throw Problem.invalid("services", "services is required on a PUT, which replaces them: list the services "
                    + "that use this policy, or send [] for none.");
        }
        return EscalationPolicyView.of(policies.update(EscalationPolicyForm.read(body,
                RequestNames.ofPut("slug", body.slug(), slug))));
    }
}
