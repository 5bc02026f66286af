package dev.tocsin.notify;

class ContactMethodsOnH2Test extends ContactMethodsScenario {
}
