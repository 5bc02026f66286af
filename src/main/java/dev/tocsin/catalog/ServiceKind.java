package dev.tocsin.catalog;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.tocsin.platform.Wire;

/** External services are run by a vendor: the seed's L4 escalation goes to their support. */
public enum ServiceKind {
    INTERNAL,
    EXTERNAL;

    @JsonValue
    public String wire() {
        return Wire.name(this);
    }

    @Override
    public String toString() {
        return wire();
    }
}
