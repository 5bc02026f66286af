package dev.tocsin.alert;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.tocsin.platform.Wire;

public enum AlertStatus {
    FIRING,
    RESOLVED;

    @JsonValue
    public String wire() {
        return Wire.name(this);
    }

    public static AlertStatus fromWire(String value) {
        return Wire.parse(AlertStatus.class, "status", value);
    }

    @Override
    public String toString() {
        return wire();
    }
}
