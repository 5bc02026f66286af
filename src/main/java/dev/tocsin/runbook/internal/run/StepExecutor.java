package dev.tocsin.runbook.internal.run;

import dev.tocsin.runbook.Step;

/**
 * Runs one type of step ({@code http}, {@code sql}, {@code redis}, {@code shell}). An executor
 * never throws for a failing command: the failure is the result, told in words a responder can
 * act on. {@code writable} is true only for an approved remediation: SQL runs read-only otherwise.
 */
public interface StepExecutor {

    String type();

    /** False when this server does not run such steps (shell, unless enabled): diagnosis by itself skips them. */
    default boolean enabled() {
        return true;
    }

    StepResult run(Step step, boolean writable);
}
