package dev.tocsin.oncall.internal;

class CalendarFeedOnH2Test extends CalendarFeedScenario {
}
