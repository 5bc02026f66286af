package dev.tocsin.oncall;

class OnCallOnH2Test extends OnCallScenario {
}
