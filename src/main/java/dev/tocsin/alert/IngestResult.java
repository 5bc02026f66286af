package dev.tocsin.alert;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.tocsin.platform.Wire;

/** What became of one alert event; {@code incident} is the INC-n it feeds, if any. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestResult(String dedupKey, Outcome outcome, String incident) {

    public enum Outcome {
        /** A new alert opened a new incident. */
        OPENED,
        /** A new alert joined its group's open incident. */
        JOINED,
        /** A repeat of a firing alert: counted, nothing else. */
        DEDUPLICATED,
        /** Matched a silence or maintenance window: recorded, no incident. */
        SILENCED,
        ACKNOWLEDGED,
        RESOLVED,
        /** An acknowledge or resolve for an alert Tocsin does not know, or one already resolved. */
        IGNORED;

        @JsonValue
        public String wire() {
            return Wire.name(this);
        }
    }
}
