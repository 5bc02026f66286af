package dev.tocsin.incident;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.tocsin.platform.Wire;

/** DETECT in the seed workflow: automated alert, customer report or internal discovery. */
public enum DetectionSource {
    ALERT,
    CUSTOMER_REPORT,
    INTERNAL;

    @JsonValue
    public String wire() {
        return Wire.name(this);
    }

    public static DetectionSource fromWire(String value) {
        return Wire.parse(DetectionSource.class, "detectionSource", value);
    }

    @Override
    public String toString() {
        return wire();
    }
}
