package dev.tocsin.oncall;

class ScheduleWritesOnH2Test extends ScheduleWritesScenario {
}
