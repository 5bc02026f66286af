package dev.tocsin.notify;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of address a person can be paged at; each is served by one channel. */
public enum ContactMethodType {
    EMAIL, SLACK, TEAMS, WEBHOOK, SMS, VOICE;

    /** As in the API and the organization folders: {@code email}, {@code slack}, … */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ContactMethodType> fromWire(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire().equalsIgnoreCase(wire)).findFirst();
    }
}
