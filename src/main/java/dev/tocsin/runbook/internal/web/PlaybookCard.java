package dev.tocsin.runbook.internal.web;

import dev.tocsin.runbook.Scenario;
import dev.tocsin.runbook.Step;
import dev.tocsin.runbook.StepRun;
import java.util.List;
import java.util.Optional;

/** What the incident page's Playbook card shows of one scenario the incident follows. */
record PlaybookCard(String runbookId, String runbookTitle, Scenario scenario, String how, List<Row> steps) {

    /** A step with its latest run, if it ran; {@code waiting} is a destructive run awaiting a second lead. */
    record Row(Step step, Optional<StepRun> latest, Optional<StepRun> waiting) {

        public boolean manual() {
            return step instanceof Step.Manual;
        }
    }
}
