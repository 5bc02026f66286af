package dev.tocsin.escalation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An incident's escalation: where it stands (viewer), and escalating by hand (responder). */
@RestController
@RequestMapping("/api/v1/incidents/{reference}")
@SecurityRequirement(name = "bearer")
class IncidentEscalationApi {

    private final ManualEscalation escalation;

    IncidentEscalationApi(ManualEscalation escalation) {
        this.escalation = escalation;
    }

    @PostMapping("/escalate")
    @Operation(summary = "Escalate by hand to the next level of the incident's policy not reached yet",
            description = "Whatever its triggers say; its targets are resolved to people now. 409 when the incident "
                    + "is resolved or closed or every level is reached; 422 when its services have no policy")
    ManualEscalation.Escalated escalate(@PathVariable String reference, Principal principal) {
        return escalation.escalate(reference, principal.getName());
    }

    @GetMapping("/escalation")
    @Operation(summary = "The incident's escalation: its policy, the levels reached and the next level with its due time",
            description = "next is null when no more level will fall due")
    ManualEscalation.Standing escalation(@PathVariable String reference) {
        return escalation.standing(reference);
    }
}
