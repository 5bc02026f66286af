package dev.tocsin.escalation;

import static dev.tocsin.escalation.SeedPolicies.CUSTOMER_PORTAL;
import static dev.tocsin.escalation.SeedPolicies.affecting;
import static dev.tocsin.escalation.SeedPolicies.at;
import static dev.tocsin.escalation.SeedPolicies.incident;
import static dev.tocsin.escalation.SeedPolicies.resolved;
import static dev.tocsin.escalation.SeedPolicies.withCustomerImpact;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every row of the Customer Portal runbook's escalation matrix. */
class CustomerPortalMatrixTest {

    private final EscalationPlanner planner = new EscalationPlanner();

    @ParameterizedTest
    @ValueSource(strings = {"P1", "P2", "P3", "P4"})
    void every_incident_reaches_the_on_call_engineer_at_once(String severity) {
        assertThat(due(incident(severity), Duration.ZERO)).first().isEqualTo("L1 on-call engineer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"P1", "P2"})
    void a_p1_or_p2_unresolved_after_30_minutes_reaches_the_tech_lead(String severity) {
        assertThat(due(incident(severity), Duration.ofMinutes(29))).doesNotContain("L2 tech lead");
        assertThat(due(incident(severity), Duration.ofMinutes(30))).contains("L2 tech lead");
    }

    @ParameterizedTest
    @ValueSource(strings = {"P3", "P4"})
    void a_p3_or_p4_never_reaches_the_tech_lead(String severity) {
        assertThat(due(incident(severity), Duration.ofDays(3))).containsExactly("L1 on-call engineer");
        assertThat(planner.nextDue(CUSTOMER_PORTAL, incident(severity), Set.of("L1 on-call engineer"))).isEmpty();
    }

    @Test
    void a_p2_resolved_within_30_minutes_never_reaches_the_tech_lead() {
        assertThat(due(resolved(incident("P2"), Duration.ofMinutes(20)), Duration.ofHours(2))).isEmpty();
    }

    @Test
    void a_p1_unresolved_after_an_hour_reaches_the_engineering_manager() {
        assertThat(due(incident("P1"), Duration.ofMinutes(59))).doesNotContain("L3 engineering manager");
        assertThat(due(incident("P1"), Duration.ofHours(1)))
                .containsExactly("L1 on-call engineer", "L2 tech lead", "L3 engineering manager");
    }

    @Test
    void a_p2_unresolved_for_hours_reaches_the_tech_lead_but_not_the_manager() {
        assertThat(due(incident("P2"), Duration.ofHours(5))).containsExactly("L1 on-call engineer", "L2 tech lead");
    }

    @Test
    void customer_impact_reaches_the_engineering_manager_at_once_whatever_the_severity() {
        assertThat(due(withCustomerImpact(incident("P3")), Duration.ZERO))
                .containsExactly("L1 on-call engineer", "L3 engineering manager");
    }

    @ParameterizedTest
    @ValueSource(strings = {"salesforce", "whmcs", "freebit"})
    void an_outage_of_an_external_system_reaches_vendor_support(String vendor) {
        assertThat(due(affecting(incident("P3"), vendor), Duration.ZERO))
                .containsExactly("L1 on-call engineer", "L4 vendor support");
    }

    @Test
    void an_internal_outage_never_reaches_vendor_support() {
        assertThat(due(incident("P1"), Duration.ofDays(1))).doesNotContain("L4 vendor support");
    }

    @Test
    void the_next_timer_of_a_p1_is_the_tech_lead_at_30_minutes_then_the_manager_at_an_hour() {
        assertThat(planner.nextDue(CUSTOMER_PORTAL, incident("P1"), Set.of("L1 on-call engineer")))
                .contains(at(Duration.ofMinutes(30)));
        assertThat(planner.nextDue(CUSTOMER_PORTAL, incident("P1"), Set.of("L1 on-call engineer", "L2 tech lead")))
                .contains(at(Duration.ofHours(1)));
    }

    private List<String> due(IncidentFacts facts, Duration afterDeclared) {
        return planner.dueBy(CUSTOMER_PORTAL, facts, at(afterDeclared), Set.of()).stream()
                .map(EscalationLevel::name).toList();
    }
}
