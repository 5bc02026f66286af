package dev.tocsin.notify.internal;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a delivery stands. Pending and retrying ones wait for their due time; the rest are final. */
public enum DeliveryStatus {
    PENDING("pending", "pending"),
    RETRYING("retrying", "failed-retrying"),
    SENT("sent", "sent"),
    GIVEN_UP("given_up", "given-up"),
    CANCELLED("cancelled", "cancelled");

    private final String column;
    private final String wire;

    DeliveryStatus(String column, String wire) {
        this.column = column;
        this.wire = wire;
    }

    /** As stored. */
    public String column() {
        return column;
    }

    /** As the API and the card say it. */
    @JsonValue
    public String wire() {
        return wire;
    }

    static DeliveryStatus ofColumn(String column) {
        for (DeliveryStatus status : values()) {
            if (status.column.equals(column)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown delivery status " + column);
    }
}
