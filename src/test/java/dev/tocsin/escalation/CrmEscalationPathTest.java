package dev.tocsin.escalation;

import static dev.tocsin.escalation.SeedPolicies.CRM;
import static dev.tocsin.escalation.SeedPolicies.acknowledged;
import static dev.tocsin.escalation.SeedPolicies.at;
import static dev.tocsin.escalation.SeedPolicies.incident;
import static dev.tocsin.escalation.SeedPolicies.resolved;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The CRM runbook's path: on-call engineer, platform lead, DevOps team, management. */
class CrmEscalationPathTest {

    private final EscalationPlanner planner = new EscalationPlanner();

    @Test
    void an_unacknowledged_incident_climbs_one_step_every_15_minutes() {
        assertThat(due(incident("P2"), Duration.ZERO)).containsExactly("1 on-call engineer");
        assertThat(due(incident("P2"), Duration.ofMinutes(15))).containsExactly("1 on-call engineer", "2 platform lead");
        assertThat(due(incident("P2"), Duration.ofMinutes(30))).contains("3 DevOps team").doesNotContain("4 management");
        assertThat(due(incident("P2"), Duration.ofMinutes(45))).hasSize(4).last().isEqualTo("4 management");
    }

    @Test
    void acknowledging_stops_the_steps_that_wait_on_acknowledgment() {
        var facts = acknowledged(incident("P1"), Duration.ofMinutes(20));
        assertThat(due(facts, Duration.ofHours(3))).containsExactly("1 on-call engineer", "2 platform lead");
        assertThat(planner.nextDue(CRM, facts, Set.of("1 on-call engineer", "2 platform lead"))).isEmpty();
    }

    @Test
    void resolving_stops_every_step() {
        assertThat(due(resolved(incident("P1"), Duration.ofMinutes(5)), Duration.ofHours(1))).isEmpty();
    }

    @Test
    void a_step_due_while_the_node_was_down_is_still_due_after_a_late_acknowledgment() {
        // Acknowledged at 40 min, after the platform lead was due at 15: a late timer must still reach them.
        var facts = acknowledged(incident("P1"), Duration.ofMinutes(40));
        assertThat(planner.dueBy(CRM, facts, at(Duration.ofMinutes(41)), Set.of("1 on-call engineer")).stream()
                .map(EscalationLevel::name)).containsExactly("2 platform lead", "3 DevOps team");
    }

    @Test
    void levels_already_reached_are_not_due_again() {
        assertThat(planner.dueBy(CRM, incident("P1"), at(Duration.ofMinutes(16)),
                Set.of("1 on-call engineer", "2 platform lead"))).isEmpty();
    }

    private List<String> due(IncidentFacts facts, Duration afterDeclared) {
        return planner.dueBy(CRM, facts, at(afterDeclared), Set.of()).stream().map(EscalationLevel::name).toList();
    }
}
