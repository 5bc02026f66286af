package dev.tocsin.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.ExecutionException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * db-scheduler fails a move or cancel when the timer's row changed between its read and its write:
 * a node picked the timer to fire, or removed it after firing. The bench's declare-then-acknowledge
 * on PostgreSQL hit it as a 500. The race cannot be timed in a test against a real scheduler, so a
 * scripted {@link SchedulerClient} (the library's interface) plays the two outcomes.
 */
class MovingATimerThatStartsFiringMeanwhileTest {

    private static final UUID INCIDENT = UUID.randomUUID();
    private static final Instant DUE = Instant.parse("2026-11-30T09:30:00Z");

    @Test
    void a_timer_picked_to_fire_meanwhile_is_left_to_plan_its_next_time() {
        var scheduler = new ScriptedScheduler(List.of(IncidentTimersRaces::changedMeanwhile,
                () -> { throw new TaskInstanceCurrentlyExecutingException("escalation", INCIDENT.toString()); }));

        IncidentTimers.setOrMove(scheduler.client(), EscalationCheck.TIMER, INCIDENT, Optional.of(DUE));

        assertThat(scheduler.calls).containsExactly("reschedule", "reschedule");
    }

    @Test
    void a_timer_that_fired_and_went_meanwhile_is_set_afresh() {
        var scheduler = new ScriptedScheduler(List.of(IncidentTimersRaces::changedMeanwhile,
                () -> { throw new TaskInstanceNotFoundException("escalation", INCIDENT.toString()); }));

        IncidentTimers.setOrMove(scheduler.client(), EscalationCheck.TIMER, INCIDENT, Optional.of(DUE));

        assertThat(scheduler.calls).containsExactly("reschedule", "reschedule", "scheduleIfNotExists");
    }

    @Test
    void a_cancel_racing_a_firing_timer_is_retried() {
        var scheduler = new ScriptedScheduler(List.of(IncidentTimersRaces::changedMeanwhile, () -> null));

        IncidentTimers.setOrMove(scheduler.client(), EscalationCheck.TIMER, INCIDENT, Optional.empty());

        assertThat(scheduler.calls).containsExactly("cancel", "cancel");
    }

    @Test
    void a_timer_that_keeps_changing_is_an_error_after_three_looks() {
        var scheduler = new ScriptedScheduler(List.of(IncidentTimersRaces::changedMeanwhile,
                IncidentTimersRaces::changedMeanwhile, IncidentTimersRaces::changedMeanwhile));

        assertThatThrownBy(() -> IncidentTimers.setOrMove(scheduler.client(), EscalationCheck.TIMER, INCIDENT,
                Optional.of(DUE))).isInstanceOf(ExecutionException.class);
    }

    /** What db-scheduler throws when its versioned write finds the row changed. */
    private static final class IncidentTimersRaces {
        static Object changedMeanwhile() {
            throw new ExecutionException("Expected one execution to be updated, but updated 0. Indicates a bug.",
                    "escalation", INCIDENT.toString(), 1);
        }
    }

    /** Answers reschedule and cancel from a script, in order; records every call. */
    private static final class ScriptedScheduler {
        final List<String> calls = new ArrayList<>();
        private final Deque<Supplier<Object>> script;

        ScriptedScheduler(List<Supplier<Object>> script) {
            this.script = new ArrayDeque<>(script);
        }

        SchedulerClient client() {
            return (SchedulerClient) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {SchedulerClient.class}, (proxy, method, args) -> {
                        calls.add(method.getName());
                        return switch (method.getName()) {
                            case "reschedule" -> script.isEmpty() ? Boolean.TRUE : script.pop().get();
                            case "cancel" -> script.isEmpty() ? null : script.pop().get();
                            case "scheduleIfNotExists" -> Boolean.TRUE;
                            default -> throw new UnsupportedOperationException(method.getName());
                        };
                    });
        }
    }
}
