package dev.tocsin.alert;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.tocsin.platform.Wire;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps matching alerts out of incidents between {@code startsAt} and {@code endsAt}: an alert
 * matches when its service is listed (or none are) and every matcher label has that value.
 * A maintenance window is a silence planned ahead; the two differ only in name.
 */
public record Silence(UUID id, Kind kind, String comment, Map<String, String> matchers, List<String> services,
        Instant startsAt, Instant endsAt, String createdBy, Instant createdAt) {

    public Silence {
        matchers = Map.copyOf(matchers);
        services = List.copyOf(services);
    }

    public boolean matches(String service, Map<String, String> labels, Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt)
                && (services.isEmpty() || services.contains(service))
                && matchers.entrySet().stream().allMatch(m -> m.getValue().equals(labels.get(m.getKey())));
    }

    public enum Kind {
        SILENCE,
        MAINTENANCE;

        @JsonValue
        public String wire() {
            return Wire.name(this);
        }

        @Override
        public String toString() {
            return wire();
        }
    }
}
