package dev.tocsin.identity;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.tocsin.platform.Wire;

/** Ordered: each role can do everything the ones before it can. */
public enum Role {
    VIEWER,
    RESPONDER,
    LEAD,
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    @JsonValue
    public String wire() {
        return Wire.name(this);
    }

    public static Role fromWire(String value) {
        return Wire.parse(Role.class, "role", value);
    }

    @Override
    public String toString() {
        return wire();
    }
}
