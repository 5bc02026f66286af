package dev.tocsin.escalation;

import static dev.tocsin.escalation.SeedPolicies.acknowledged;
import static dev.tocsin.escalation.SeedPolicies.at;
import static dev.tocsin.escalation.SeedPolicies.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tocsin.escalation.EscalationTarget.Person;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TriggersTest {

    private final EscalationPlanner planner = new EscalationPlanner();

    @Test
    void a_missed_response_target_falls_due_when_the_target_passes_unacknowledged() {
        var level = level(Trigger.onResponseTargetMissed("P1"));
        assertThat(planner.dueAt(level, incident("P1"))).contains(at(Duration.ofMinutes(15)));
        assertThat(planner.dueAt(level, acknowledged(incident("P1"), Duration.ofMinutes(14)))).isEmpty();
        assertThat(planner.dueAt(level, incident("P2"))).isEmpty();
    }

    @Test
    void all_parts_of_a_trigger_must_hold_and_the_latest_sets_the_time() {
        var level = level(new Trigger(Set.of("P1"), Duration.ofMinutes(10), Duration.ofMinutes(40), false, false,
                false));
        assertThat(planner.dueAt(level, incident("P1"))).contains(at(Duration.ofMinutes(40)));
        // Acknowledged at 20 min: after the 10-minute wait, but before the trigger as a whole held at 40.
        assertThat(planner.dueAt(level, acknowledged(incident("P1"), Duration.ofMinutes(20)))).isEmpty();
    }

    @Test
    void the_earliest_trigger_of_a_level_wins() {
        var level = level(Trigger.afterUnresolved(Duration.ofHours(2)), Trigger.afterUnacknowledged(Duration.ofMinutes(5)));
        assertThat(planner.dueAt(level, incident("P4"))).contains(at(Duration.ofMinutes(5)));
        assertThat(planner.dueAt(level, acknowledged(incident("P4"), Duration.ofMinutes(1))))
                .contains(at(Duration.ofHours(2)));
    }

    @Test
    void policies_and_levels_that_could_never_work_are_refused_with_what_to_fix() {
        assertThatThrownBy(() -> new EscalationLevel("L2", List.of(), List.of(Trigger.always())))
                .hasMessageContaining("reaches nobody");
        assertThatThrownBy(() -> new EscalationLevel("L2", List.of(new Person("a")), List.of()))
                .hasMessageContaining("never falls due");
        assertThatThrownBy(() -> new EscalationPolicy("p", "P", List.of(level(Trigger.always()),
                level(Trigger.always())))).hasMessageContaining("twice");
        assertThatThrownBy(() -> Trigger.afterUnresolved(Duration.ofMinutes(-1))).hasMessageContaining("negative");
    }

    @Test
    void a_wait_of_more_than_a_year_is_refused_because_its_due_time_could_overflow() {
        assertThatThrownBy(() -> Trigger.afterUnresolved(Duration.ofSeconds(Long.MAX_VALUE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 365 days");
        assertThatThrownBy(() -> Trigger.afterUnacknowledged(Duration.ofDays(366)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 365 days");
        var yearLong = level(Trigger.afterUnresolved(Duration.ofDays(365)));
        assertThat(planner.dueAt(yearLong, incident("P1"))).contains(at(Duration.ofDays(365)));
    }

    private static EscalationLevel level(Trigger... triggers) {
        return new EscalationLevel("level", List.of(new Person("someone")), List.of(triggers));
    }
}
