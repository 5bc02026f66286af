package dev.tocsin.incident;

import com.fasterxml.jackson.annotation.JsonProperty;

/** DETECT in the seed workflow: automated alert, customer report or internal discovery. */
public enum DetectionSource {
    @JsonProperty("alert") ALERT,
    @JsonProperty("customer_report") CUSTOMER_REPORT,
    @JsonProperty("internal") INTERNAL;

    public String wire() {
        return name().toLowerCase();
    }

    public static DetectionSource fromWire(String value) {
        return valueOf(value.toUpperCase());
    }

    @Override
    public String toString() {
        return wire();
    }
}
