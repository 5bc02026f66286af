package dev.tocsin.identity;

class TeamsApiOnH2Test extends TeamsApiScenario {
}
