package dev.tocsin.runbook.internal.run;

import dev.tocsin.incident.Incident;
import dev.tocsin.incident.Incidents;
import dev.tocsin.platform.Problem;
import dev.tocsin.runbook.StepRun;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An incident's playbook over HTTP: the scenarios it follows, running a step, and a second lead's
 * approval or rejection of a destructive one.
 */
@RestController
@RequestMapping("/api/v1/incidents/{incident}/playbook")
@SecurityRequirement(name = "bearer")
class PlaybookApi {

    private final Playbooks playbooks;
    private final Incidents incidents;

    PlaybookApi(Playbooks playbooks, Incidents incidents) {
        this.playbooks = playbooks;
        this.incidents = incidents;
    }

    record Attach(String runbook, String scenario) {
    }

    record RunRequest(String runbook, String scenario, String step) {
    }

    record Playbook(List<PlaybookRepository.Attached> scenarios, List<StepRun> runs) {
    }

    @GetMapping
    @Operation(summary = "The scenarios an incident follows and every run of their steps")
    Playbook get(@PathVariable String incident) {
        UUID id = incident(incident).id();
        return new Playbook(playbooks.attached(id), playbooks.runs(id));
    }

    @PostMapping("/scenarios")
    @Operation(summary = "Attach a runbook scenario to the incident by hand (responder)")
    ResponseEntity<Playbook> attach(@PathVariable String incident, @RequestBody Attach request, Principal who) {
        UUID id = incident(incident).id();
        boolean added = playbooks.attachByHand(id, required("runbook", request.runbook()),
                required("scenario", request.scenario()), who.getName()).isPresent();
        return ResponseEntity.status(added ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new Playbook(playbooks.attached(id), playbooks.runs(id)));
    }

    @PostMapping("/runs")
    @Operation(summary = "Run a step (responder)", description = "201 with its result; 202 when the step is "
            + "destructive: it waits for a lead other than the requester (POST …/runs/{run}/approve)")
    ResponseEntity<StepRun> run(@PathVariable String incident, @RequestBody RunRequest request, Principal who) {
        UUID id = incident(incident).id();
        Playbooks.Found found = playbooks.find(required("runbook", request.runbook()),
                required("scenario", request.scenario()), required("step", request.step()));
        StepRun run = playbooks.request(id, found, who.getName());
        return ResponseEntity.status(run.status() == StepRun.Status.AWAITING_APPROVAL ? HttpStatus.ACCEPTED
                : HttpStatus.CREATED).body(run);
    }

    @PostMapping("/runs/{run}/approve")
    @Operation(summary = "Approve a destructive run (lead, not the requester): it runs now")
    StepRun approve(@PathVariable String incident, @PathVariable UUID run, Principal who) {
        return playbooks.approve(incident(incident).id(), run, who.getName());
    }

    @PostMapping("/runs/{run}/reject")
    @Operation(summary = "Reject a destructive run (lead, not the requester)")
    StepRun reject(@PathVariable String incident, @PathVariable UUID run, Principal who) {
        return playbooks.reject(incident(incident).id(), run, who.getName());
    }

    private Incident incident(String reference) {
        return incidents.find(reference).orElseThrow(() -> Problem.notFound("Incident", reference));
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Problem.invalid(field, field + " is required: " + Map.of("runbook", "a runbook id such as "
                    + "crm-platform-incident-response", "scenario", "a scenario slug such as worker-queue-stuck",
                    "step", "a step id such as diagnosis-2").get(field) + ".");
        }
        return value;
    }
}
