package dev.tocsin.incident;

class IncidentLifecycleOnH2Test extends IncidentLifecycleScenario {

    @Override
    String database() {
        return "H2";
    }
}
