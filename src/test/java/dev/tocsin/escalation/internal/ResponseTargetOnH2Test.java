package dev.tocsin.escalation.internal;

class ResponseTargetOnH2Test extends ResponseTargetScenario {
}
