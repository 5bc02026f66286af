package dev.tocsin.escalation;

class EscalationPoliciesOnH2Test extends EscalationPoliciesScenario {
}
