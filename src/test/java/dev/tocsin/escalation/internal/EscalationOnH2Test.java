package dev.tocsin.escalation.internal;

class EscalationOnH2Test extends EscalationScenario {
}
