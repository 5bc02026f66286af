package dev.tocsin.incident;

class IncidentLifecycleOnH2Test extends IncidentLifecycleScenario {
}
