package dev.tocsin.alert.internal;

class GroupCommitOnH2Test extends GroupCommitScenario {
}
