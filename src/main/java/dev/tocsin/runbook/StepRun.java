package dev.tocsin.runbook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One run of a runbook step for an incident, as kept for the audit: who asked, the exact command,
 * who approved (a destructive step) and what it gave. {@code status} is one of {@link Status}.
 */
public record StepRun(UUID id, UUID incidentId, String runbookId, String scenario, String stepId, String type,
        String title, String command, boolean destructive, Status status, String requestedBy, Instant requestedAt,
        Optional<Instant> approveBy, Optional<String> decidedBy, Optional<Instant> decidedAt,
        Optional<Integer> exitCode, Optional<String> output, boolean truncated, Optional<Duration> duration,
        Optional<Instant> finishedAt) {

    /**
     * Where a run stands: {@code AWAITING_APPROVAL} and {@code RUNNING} are not final ({@code DONE}: a checklist
     * item ticked).
     */
    public enum Status {
        AWAITING_APPROVAL, RUNNING, SUCCEEDED, FAILED, TIMED_OUT, REJECTED, EXPIRED, DONE;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
