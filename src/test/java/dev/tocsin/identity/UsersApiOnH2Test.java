package dev.tocsin.identity;

class UsersApiOnH2Test extends UsersApiScenario {
}
