package dev.tocsin;

class ConcurrentCreatesOfOneNameOnH2Test extends ConcurrentCreatesOfOneNameScenario {
}
