package dev.tocsin.escalation.internal;

class ManualEscalationOnH2Test extends ManualEscalationScenario {
}
