package dev.tocsin.escalation;

class EscalationPolicyWritesOnH2Test extends EscalationPolicyWritesScenario {
}
