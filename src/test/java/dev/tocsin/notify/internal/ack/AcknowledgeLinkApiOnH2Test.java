package dev.tocsin.notify.internal.ack;

class AcknowledgeLinkApiOnH2Test extends AcknowledgeLinkApiScenario {

    @Override
    String database() {
        return "H2";
    }
}
