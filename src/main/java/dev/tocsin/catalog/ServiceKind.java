package dev.tocsin.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;

/** External services are run by a vendor: the seed's L4 escalation goes to their support. */
public enum ServiceKind {
    @JsonProperty("internal") INTERNAL,
    @JsonProperty("external") EXTERNAL;

    public String wire() {
        return name().toLowerCase();
    }

    @Override
    public String toString() {
        return wire();
    }
}
