package dev.tocsin.escalation.internal;

class LevelsDueAtOnceOnH2Test extends LevelsDueAtOnceScenario {
}
