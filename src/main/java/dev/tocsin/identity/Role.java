package dev.tocsin.identity;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Ordered: each role can do everything the ones before it can. */
public enum Role {
    @JsonProperty("viewer") VIEWER,
    @JsonProperty("responder") RESPONDER,
    @JsonProperty("lead") LEAD,
    @JsonProperty("admin") ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    public String wire() {
        return name().toLowerCase();
    }

    public static Role fromWire(String value) {
        return valueOf(value.toUpperCase());
    }

    @Override
    public String toString() {
        return wire();
    }
}
