package dev.tocsin.runbook.internal.web;

import dev.tocsin.incident.Incident;
import dev.tocsin.incident.Incidents;
import dev.tocsin.platform.Problem;
import dev.tocsin.runbook.Runbooks;
import dev.tocsin.runbook.Scenario;
import dev.tocsin.runbook.StepRun;
import dev.tocsin.runbook.StoredRunbook;
import dev.tocsin.runbook.internal.run.PlaybookRepository;
import dev.tocsin.runbook.internal.run.Playbooks;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Playbook card of an incident's page (loaded with htmx: the incident module must not know
 * runbooks): the scenarios the incident follows, their steps with run buttons, outputs, and the
 * destructive runs waiting for a second lead. Every button answers with the card again.
 */
@Controller
class PlaybookPages {

    private final Playbooks playbooks;
    private final Runbooks runbooks;
    private final Incidents incidents;

    PlaybookPages(Playbooks playbooks, Runbooks runbooks, Incidents incidents) {
        this.playbooks = playbooks;
        this.runbooks = runbooks;
        this.incidents = incidents;
    }

    @GetMapping("/incidents/{reference}/playbook")
    String card(@PathVariable String reference, Model model) {
        card(incident(reference), model, Optional.empty());
        return "runbook/playbook :: card";
    }

    @PostMapping("/incidents/{reference}/playbook/runs")
    String run(@PathVariable String reference, @RequestParam String runbook, @RequestParam String scenario,
            @RequestParam String step, Principal who, Model model) {
        Incident incident = incident(reference);
        return act(incident, model, () -> playbooks.request(incident.id(), playbooks.find(runbook, scenario, step),
                who.getName()));
    }

    @PostMapping("/incidents/{reference}/playbook/runs/{run}/approve")
    String approve(@PathVariable String reference, @PathVariable UUID run, Principal who, Model model) {
        Incident incident = incident(reference);
        return act(incident, model, () -> playbooks.approve(incident.id(), run, who.getName()));
    }

    @PostMapping("/incidents/{reference}/playbook/runs/{run}/reject")
    String reject(@PathVariable String reference, @PathVariable UUID run, Principal who, Model model) {
        Incident incident = incident(reference);
        return act(incident, model, () -> playbooks.reject(incident.id(), run, who.getName()));
    }

    /** A refusal (your own approval, a window passed) shows on the card, in the words the API would use. */
    private String act(Incident incident, Model model, java.util.function.Supplier<StepRun> action) {
        Optional<String> refused;
        try {
            action.get();
            refused = Optional.empty();
        } catch (Problem problem) {
            refused = Optional.ofNullable(problem.getMessage());
        }
        card(incident, model, refused);
        return "runbook/playbook :: answer";
    }

    private void card(Incident incident, Model model, Optional<String> error) {
        List<StepRun> runs = playbooks.runs(incident.id());
        List<PlaybookCard> cards = new ArrayList<>();
        for (PlaybookRepository.Attached attached : playbooks.attached(incident.id())) {
            Optional<StoredRunbook> runbook = runbooks.find(attached.runbookId());
            Optional<Scenario> scenario = runbook.flatMap(r -> runbooks.parse(r).scenario(attached.scenario()));
            if (scenario.isEmpty()) {
                continue;  // the runbook was changed and no longer has it; its runs stay in the timeline
            }
            List<PlaybookCard.Row> rows = scenario.get().steps().stream().map(step -> {
                List<StepRun> ofStep = runs.stream().filter(r -> r.runbookId().equals(attached.runbookId())
                        && r.scenario().equals(attached.scenario()) && r.stepId().equals(step.basics().id())).toList();
                Optional<StepRun> latest = ofStep.stream().filter(r -> r.status() != StepRun.Status.AWAITING_APPROVAL)
                        .max(Comparator.comparing(StepRun::requestedAt));
                Optional<StepRun> waiting = ofStep.stream()
                        .filter(r -> r.status() == StepRun.Status.AWAITING_APPROVAL).findFirst();
                return new PlaybookCard.Row(step, latest, waiting);
            }).toList();
            cards.add(new PlaybookCard(attached.runbookId(), runbook.get().title(), scenario.get(), attached.how(),
                    rows));
        }
        model.addAttribute("incident", incident);
        model.addAttribute("cards", cards);
        model.addAttribute("error", error.orElse(""));
    }

    private Incident incident(String reference) {
        return incidents.find(reference).orElseThrow(() -> Problem.notFound("Incident", reference));
    }
}
