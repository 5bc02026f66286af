package dev.tocsin.alert;

class AlertIngestionOnH2Test extends AlertIngestionScenario {
}
