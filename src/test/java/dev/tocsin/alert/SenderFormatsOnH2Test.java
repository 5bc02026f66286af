package dev.tocsin.alert;

class SenderFormatsOnH2Test extends SenderFormatsScenario {
}
