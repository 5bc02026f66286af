package dev.tocsin.alert;

class HeartbeatOnH2Test extends HeartbeatScenario {
}
