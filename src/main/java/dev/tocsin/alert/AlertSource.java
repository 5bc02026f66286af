package dev.tocsin.alert;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.tocsin.platform.Wire;

public enum AlertSource {
    ALERTMANAGER,
    GRAFANA,
    PAGERDUTY,
    OPSGENIE,
    GENERIC,
    HEARTBEAT;

    @JsonValue
    public String wire() {
        return Wire.name(this);
    }

    @Override
    public String toString() {
        return wire();
    }
}
