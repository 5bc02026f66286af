package dev.tocsin.escalation;

import dev.tocsin.escalation.EscalationTarget.OnCall;
import dev.tocsin.escalation.EscalationTarget.Person;
import dev.tocsin.escalation.EscalationTarget.Team;
import dev.tocsin.escalation.EscalationTarget.VendorSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Both seed runbooks' escalation, as policies, and incidents to run them on. */
final class SeedPolicies {

    static final Instant DECLARED = Instant.parse("2026-11-30T10:00:00Z");

    /** Customer Portal's matrix: L1 all; L2 P1/P2 unresolved 30 min; L3 P1 unresolved 1 h or customer impact; L4 vendors. */
    static final EscalationPolicy CUSTOMER_PORTAL = new EscalationPolicy("customer-portal", "Customer Portal", List.of(
            new EscalationLevel("L1 on-call engineer", List.of(new OnCall("portal-on-call", "primary")),
                    List.of(Trigger.always())),
            new EscalationLevel("L2 tech lead", List.of(new Person("sara.lind")),
                    List.of(Trigger.afterUnresolved(Duration.ofMinutes(30), "P1", "P2"))),
            new EscalationLevel("L3 engineering manager", List.of(new Person("omar.haddad")),
                    List.of(Trigger.afterUnresolved(Duration.ofHours(1), "P1"), Trigger.onCustomerImpact())),
            new EscalationLevel("L4 vendor support", List.of(new VendorSupport()),
                    List.of(Trigger.onExternalServiceAffected()))));

    /** CRM's path, each step when the one before has gone 15 minutes unacknowledged. */
    static final EscalationPolicy CRM = new EscalationPolicy("crm-platform", "CRM Platform", List.of(
            new EscalationLevel("1 on-call engineer", List.of(new OnCall("crm-on-call", "primary")),
                    List.of(Trigger.always())),
            new EscalationLevel("2 platform lead", List.of(new Person("nina.petrova")),
                    List.of(Trigger.afterUnacknowledged(Duration.ofMinutes(15)))),
            new EscalationLevel("3 DevOps team", List.of(new Team("crm-devops")),
                    List.of(Trigger.afterUnacknowledged(Duration.ofMinutes(30)))),
            new EscalationLevel("4 management", List.of(new Team("crm-management")),
                    List.of(Trigger.afterUnacknowledged(Duration.ofMinutes(45))))));

    private SeedPolicies() {
    }

    static IncidentFacts incident(String severity) {
        return new IncidentFacts(severity, DECLARED, DECLARED.plus(Duration.ofMinutes(15)), null, null, false, Set.of());
    }

    static IncidentFacts acknowledged(IncidentFacts facts, Duration after) {
        return new IncidentFacts(facts.severity(), facts.declaredAt(), facts.responseDueAt(),
                facts.declaredAt().plus(after), facts.resolvedAt(), facts.customerImpact(), facts.externalServices());
    }

    static IncidentFacts resolved(IncidentFacts facts, Duration after) {
        return new IncidentFacts(facts.severity(), facts.declaredAt(), facts.responseDueAt(), facts.acknowledgedAt(),
                facts.declaredAt().plus(after), facts.customerImpact(), facts.externalServices());
    }

    static IncidentFacts withCustomerImpact(IncidentFacts facts) {
        return new IncidentFacts(facts.severity(), facts.declaredAt(), facts.responseDueAt(), facts.acknowledgedAt(),
                facts.resolvedAt(), true, facts.externalServices());
    }

    static IncidentFacts affecting(IncidentFacts facts, String... externalServices) {
        return new IncidentFacts(facts.severity(), facts.declaredAt(), facts.responseDueAt(), facts.acknowledgedAt(),
                facts.resolvedAt(), facts.customerImpact(), Set.of(externalServices));
    }

    static Instant at(Duration afterDeclared) {
        return DECLARED.plus(afterDeclared);
    }
}
