package dev.tocsin.runbook.internal.run;

import java.time.Duration;

/**
 * What running a step gave: how it ended, its exit code (0 for success; shell: the process's),
 * its output (truncated to a cap, secrets redacted) and how long it took.
 */
public record StepResult(Status status, int exitCode, String output, boolean truncated, Duration duration) {

    public enum Status {
        SUCCEEDED, FAILED, TIMED_OUT;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
