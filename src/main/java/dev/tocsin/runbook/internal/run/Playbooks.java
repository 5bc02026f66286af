package dev.tocsin.runbook.internal.run;

import dev.tocsin.alert.Alert;
import dev.tocsin.alert.Alerts;
import dev.tocsin.incident.timeline.NewEntry;
import dev.tocsin.incident.timeline.Timeline;
import dev.tocsin.platform.Problem;
import dev.tocsin.runbook.Runbooks;
import dev.tocsin.runbook.Scenario;
import dev.tocsin.runbook.Step;
import dev.tocsin.runbook.StepRun;
import dev.tocsin.runbook.StoredRunbook;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An incident's playbook: the runbook scenarios it follows and the runs of their steps. A step
 * that only looks runs when asked (or by itself when the incident opens); a destructive one
 * waits for a lead other than the one who asked, within the approval window, and every decision
 * and result is on the timeline. Commands run outside any transaction: a slow one holds no lock.
 */
@Component
public class Playbooks {

    public static final String ACTOR = "tocsin:runbook";

    private final Runbooks runbooks;
    private final Alerts alerts;
    private final PlaybookRepository repository;
    private final Map<String, StepExecutor> executors;
    private final Timeline timeline;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final Duration approvalWindow;

    Playbooks(Runbooks runbooks, Alerts alerts, PlaybookRepository repository, List<StepExecutor> executors,
            Timeline timeline,
            Clock clock, PlatformTransactionManager transactionManager,
            @Value("${tocsin.runbooks.approval-window:15m}") Duration approvalWindow) {
        this.runbooks = runbooks;
        this.alerts = alerts;
        this.repository = repository;
        this.executors = executors.stream().collect(Collectors.toMap(StepExecutor::type, Function.identity()));
        this.timeline = timeline;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        // Each record commits on its own, whoever calls: a command never runs inside a transaction.
        this.transactions.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.approvalWindow = approvalWindow;
    }

    /** A step found in a runbook kept here, with where it was found. */
    public record Found(StoredRunbook runbook, Scenario scenario, Step step) {
    }

    /**
     * The scenarios of the organization's runbooks that are for this incident (written for one of
     * its services, or named by one of its alerts: {@link ScenarioMatch}), attached to it.
     */
    public List<PlaybookRepository.Attached> attachMatching(UUID incidentId, String organization,
            List<String> services) {
        List<Alert> fired = alerts.forIncident(incidentId);
        List<PlaybookRepository.Attached> attached = new ArrayList<>();
        for (StoredRunbook runbook : runbooks.of(organization)) {
            for (Scenario scenario : runbooks.parse(runbook).scenarios()) {
                ScenarioMatch.why(runbook.id(), scenario, services, fired).flatMap(why -> attach(incidentId, runbook,
                        scenario, ACTOR, why.startsWith("matched by service") ? "service" : "alert", why))
                        .ifPresent(attached::add);
            }
        }
        return attached;
    }

    /** Attaches a scenario by hand; empty when the incident follows it already. */
    public Optional<PlaybookRepository.Attached> attachByHand(UUID incidentId, String runbookId, String scenarioSlug,
            String actor) {
        StoredRunbook runbook = runbook(runbookId);
        Scenario scenario = runbooks.parse(runbook).scenario(scenarioSlug).orElseThrow(() -> Problem.invalid(
                "scenario", "runbook '" + runbookId + "' has no scenario '" + scenarioSlug + "'; it has "
                        + runbooks.parse(runbook).scenarios().stream().map(Scenario::slug).toList() + "."));
        return attach(incidentId, runbook, scenario, actor, "hand", "attached by hand");
    }

    private Optional<PlaybookRepository.Attached> attach(UUID incidentId, StoredRunbook runbook, Scenario scenario,
            String actor, String how, String why) {
        Instant now = now();
        var attached = new PlaybookRepository.Attached(incidentId, runbook.id(), scenario.slug(), actor, now, how);
        return transactions.execute(status -> {
            if (!repository.attach(attached)) {
                return Optional.<PlaybookRepository.Attached>empty();
            }
            timeline.append(incidentId, now, actor, new NewEntry("playbook_attached", "Playbook: '" + scenario.name()
                    + "' from " + runbook.title() + " (" + why + ")", null,
                    Map.of("runbook", runbook.id(), "scenario", scenario.slug(), "how", how)));
            return Optional.of(attached);
        });
    }

    /** Runs the diagnosis of a scenario the incident follows: every step that only looks and that Tocsin can run. */
    public List<StepRun> diagnose(UUID incidentId, PlaybookRepository.Attached attached) {
        StoredRunbook runbook = runbook(attached.runbookId());
        Scenario scenario = runbooks.parse(runbook).scenario(attached.scenario()).orElseThrow();
        List<StepRun> runs = new ArrayList<>();
        for (Step step : scenario.diagnosis()) {
            StepExecutor executor = executors.get(step.type());
            if (executor != null && executor.enabled() && !step.basics().destructive()) {
                runs.add(request(incidentId, new Found(runbook, scenario, step), ACTOR));
            }
        }
        return runs;
    }

    public Found find(String runbookId, String scenarioSlug, String stepId) {
        StoredRunbook runbook = runbook(runbookId);
        Scenario scenario = runbooks.parse(runbook).scenario(scenarioSlug).orElseThrow(() -> Problem.invalid(
                "scenario", "runbook '" + runbookId + "' has no scenario '" + scenarioSlug + "'."));
        Step step = scenario.steps().stream().filter(s -> s.basics().id().equals(stepId)).findFirst()
                .orElseThrow(() -> Problem.invalid("step", "scenario '" + scenarioSlug + "' has no step '" + stepId
                        + "'; its steps are " + scenario.steps().stream().map(s -> s.basics().id()).toList() + "."));
        return new Found(runbook, scenario, step);
    }

    /**
     * Asks for a step to run: a checklist item is ticked, a destructive step waits for approval,
     * anything else runs now.
     */
    public StepRun request(UUID incidentId, Found found, String actor) {
        Step step = found.step();
        Instant now = now();
        boolean waits = step.basics().destructive();
        StepRun run = new StepRun(UUID.randomUUID(), incidentId, found.runbook().id(), found.scenario().slug(),
                step.basics().id(), step.type(), step.basics().title(), step.basics().command(),
                step.basics().destructive(), waits ? StepRun.Status.AWAITING_APPROVAL
                        : step instanceof Step.Manual ? StepRun.Status.DONE : StepRun.Status.RUNNING,
                actor, now, waits ? Optional.of(now.plus(approvalWindow)) : Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty());
        transactions.executeWithoutResult(status -> {
            repository.insert(run);
            String what = describe(run);
            String summary = switch (run.status()) {
                case AWAITING_APPROVAL -> actor + " asked to run " + what + ", which is destructive: a lead other than "
                        + actor + " must approve it by " + run.approveBy().orElseThrow();
                case DONE -> actor + " ticked " + what;
                default -> actor + " is running " + what;
            };
            timeline.append(incidentId, now, actor, new NewEntry("playbook_step_" + run.status().wire(), summary, null,
                    details(run)));
        });
        return run.status() == StepRun.Status.RUNNING ? execute(run, step, false, Optional.empty()) : run;
    }

    /** A second lead approves a destructive run: it runs now, as a remediation that may write. */
    public StepRun approve(UUID incidentId, UUID runId, String lead) {
        StepRun run = decide(incidentId, runId, lead, StepRun.Status.RUNNING);
        Found found = find(run.runbookId(), run.scenario(), run.stepId());
        if (!found.step().basics().command().equals(run.command())) {
            StepResult changed = new StepResult(StepResult.Status.FAILED, 1, "The runbook changed since this run was "
                    + "asked for: the step now reads differently. Nothing ran; ask again.", false, Duration.ZERO);
            return finish(run, StepRun.Status.FAILED, Optional.of(lead), changed);
        }
        return execute(run, found.step(), true, Optional.of(lead));
    }

    public StepRun reject(UUID incidentId, UUID runId, String lead) {
        return decide(incidentId, runId, lead, StepRun.Status.REJECTED);
    }

    /** Locks the run and records the decision; the checks say what a lead can do instead. */
    private StepRun decide(UUID incidentId, UUID runId, String lead, StepRun.Status decision) {
        Instant now = now();
        StepRun decided = transactions.execute(status -> {
            StepRun run = repository.lock(runId).filter(r -> r.incidentId().equals(incidentId))
                    .orElseThrow(() -> Problem.notFound("Step run", runId.toString()));
            if (run.status() != StepRun.Status.AWAITING_APPROVAL) {
                throw Problem.conflict("run-decided", "Run already decided", "This run is " + run.status().wire()
                        + " already; ask for a new run if it should run again.",
                        Map.of("runStatus", run.status().wire()));
            }
            if (run.requestedBy().equals(lead)) {
                throw new Problem(HttpStatus.FORBIDDEN, "second-lead-required", "A second lead must approve",
                        "You asked for this run: a destructive step needs a second lead. Ask another lead to approve "
                                + "it.", Map.of("requestedBy", run.requestedBy()));
            }
            if (run.approveBy().map(now::isAfter).orElse(false)) {
                repository.finish(runId, StepRun.Status.EXPIRED, Optional.empty(), now, null);
                timeline.append(incidentId, now, ACTOR, new NewEntry("playbook_step_expired", describe(run)
                        + " was not approved in time and will not run", null, details(run)));
                return null;
            }
            repository.finish(runId, decision, Optional.of(lead), now, null);
            timeline.append(incidentId, now, lead, new NewEntry("playbook_step_" + (decision == StepRun.Status.REJECTED
                    ? "rejected" : "approved"),
                    lead + (decision == StepRun.Status.REJECTED ? " rejected " : " approved ")
                    + describe(run) + ", asked for by " + run.requestedBy(), null, details(run)));
            return run;
        });
        if (decided == null) {
            throw Problem.conflict("run-expired", "Approval window passed", "This run waited longer than "
                    + approvalWindow + " for approval and will not run; ask for it again.", Map.of());
        }
        return repository.find(runId).orElseThrow();
    }

    private StepRun execute(StepRun run, Step step, boolean writable, Optional<String> approvedBy) {
        StepExecutor executor = executors.get(step.type());
        StepResult result = executor == null
                ? new StepResult(StepResult.Status.FAILED, 1,
                        "No executor for " + step.type() + " steps on this server.", false, Duration.ZERO)
                : executor.run(step, writable);
        StepRun.Status status = switch (result.status()) {
            case SUCCEEDED -> StepRun.Status.SUCCEEDED;
            case FAILED -> StepRun.Status.FAILED;
            case TIMED_OUT -> StepRun.Status.TIMED_OUT;
        };
        return finish(run, status, approvedBy, result);
    }

    private StepRun finish(StepRun run, StepRun.Status status, Optional<String> decidedBy, StepResult result) {
        Instant now = now();
        transactions.executeWithoutResult(tx -> {
            repository.finish(run.id(), status, decidedBy, now, result);
            Map<String, Object> details = details(run);
            details.put("exitCode", result.exitCode());
            details.put("durationMs", result.duration().toMillis());
            timeline.append(run.incidentId(), now, run.requestedBy(), new NewEntry("playbook_step_" + status.wire(),
                    "Ran " + describe(run) + ": " + status.wire().replace('_', ' ') + " (exit " + result.exitCode()
                            + ", " + result.duration().toMillis() + " ms)", null, details));
        });
        return repository.find(run.id()).orElseThrow();
    }

    public List<StepRun> runs(UUID incidentId) {
        return repository.runs(incidentId);
    }

    public List<PlaybookRepository.Attached> attached(UUID incidentId) {
        return repository.attached(incidentId);
    }

    private StoredRunbook runbook(String id) {
        return runbooks.find(id).orElseThrow(() -> Problem.invalid("runbook", "there is no runbook '" + id
                + "'; GET /api/v1/runbooks lists them."));
    }

    private static String describe(StepRun run) {
        return run.stepId() + " '" + run.title() + "' (" + run.type()
                + (run.destructive() ? ", destructive" : "") + ")";
    }

    /** The timeline keeps which step and the command, never the output: timelines are shared and kept. */
    private static Map<String, Object> details(StepRun run) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("run", run.id().toString());
        details.put("runbook", run.runbookId());
        details.put("scenario", run.scenario());
        details.put("step", run.stepId());
        details.put("command", run.command());
        details.put("destructive", run.destructive());
        return details;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
