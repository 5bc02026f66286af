package dev.tocsin.notify.internal.ack;

import dev.tocsin.identity.Person;
import dev.tocsin.incident.Incident;
import java.time.Instant;

/**
 * What an acknowledge link finds. Only the states of a valid link carry the incident: a refused or
 * expired link says nothing about what it named, so an altered or old link leaks nothing.
 */
sealed interface LinkState {

    /** Not ours, altered, or naming a person or incident that is gone. */
    record Invalid() implements LinkState {
    }

    record Expired(Instant expired) implements LinkState {
    }

    /** Still triggered: the page offers to acknowledge as {@code person}. */
    record Open(Incident incident, Person person) implements LinkState {
    }

    /** This request acknowledged it. */
    record Acknowledged(Incident incident, Person person, String actor, Instant at) implements LinkState {
    }

    /** Someone moved it out of triggered before: {@code by} and {@code at} are that first move's. */
    record AlreadyAcknowledged(Incident incident, Person person, String by, Instant at) implements LinkState {
    }

    /** Resolved or closed: nothing left to acknowledge. */
    record Finished(Incident incident, Person person, String by, Instant at) implements LinkState {
    }
}
