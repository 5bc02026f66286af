package dev.tocsin.escalation.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.ExecutionException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Setting, moving and cancelling a per-incident timer, within the caller's transaction. */
final class IncidentTimers {

    /** A timer changes under us only while it fires, so a second look finds it settled; three is plenty. */
    private static final int ATTEMPTS = 3;

    private IncidentTimers() {
    }

    /**
     * A new incident's first timer. Nothing can exist under its id yet, so it is written without
     * db-scheduler's look for one first (scheduleIfNotExists reads, then inserts): one statement
     * instead of two in every declaring transaction.
     */
    static void setForNewIncident(SchedulerClient scheduler, TaskDescriptor<Void> timer, UUID incidentId,
            Instant due) {
        scheduler.scheduleBatch(List.of(timer.instance(incidentId.toString()).build()), due);
    }

    /**
     * The incident's timer is set for {@code due}, or cancelled when there is none: moved if it
     * exists, set afresh if it fired already. A timer firing right now is left alone: it reads
     * the incident as the caller's transaction leaves it and plans its next time itself.
     */
    static void setOrMove(SchedulerClient scheduler, TaskDescriptor<Void> timer, UUID incidentId,
            Optional<Instant> due) {
        for (int attempt = 1; ; attempt++) {
            try {
                setOrMoveOnce(scheduler, timer, incidentId, due);
                return;
            } catch (ExecutionException changedMeanwhile) {
                // db-scheduler reads the timer, then writes it if its version is unchanged; a node
                // picking it to fire (or removing it after firing) in between fails the write. Look again:
                // it is then firing (left alone) or gone (set afresh). Seen with a declare followed at
                // once by an acknowledge while level 1's timer fired.
                if (attempt == ATTEMPTS) {
                    throw changedMeanwhile;
                }
            }
        }
    }

    private static void setOrMoveOnce(SchedulerClient scheduler, TaskDescriptor<Void> timer, UUID incidentId,
            Optional<Instant> due) {
        var id = timer.instanceId(incidentId.toString());
        try {
            if (due.isEmpty()) {
                scheduler.cancel(id);
                return;
            }
            if (scheduler.reschedule(id, due.get())) {
                return;
            }
        } catch (TaskInstanceNotFoundException firedAlready) {
            // Nothing to move or cancel: a due time gets a timer of its own below.
        } catch (TaskInstanceCurrentlyExecutingException firingNow) {
            return;
        }
        due.ifPresent(at -> scheduler.scheduleIfNotExists(timer.instance(incidentId.toString()).build(), at));
    }
}
