package dev.tocsin.escalation.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Setting, moving and cancelling a per-incident timer, within the caller's transaction. */
final class IncidentTimers {

    private IncidentTimers() {
    }

    /**
     * The incident's timer is set for {@code due}, or cancelled when there is none: moved if it
     * exists, set afresh if it fired already. A timer firing right now is left alone: it reads
     * the incident as the caller's transaction leaves it and plans its next time itself.
     */
    static void setOrMove(SchedulerClient scheduler, TaskDescriptor<Void> timer, UUID incidentId,
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
