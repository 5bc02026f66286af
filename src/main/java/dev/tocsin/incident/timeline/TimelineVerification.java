package dev.tocsin.incident.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The answer of a chain check: valid, or the first entry that no longer matches its hash. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineVerification(boolean valid, int entries, Integer firstInvalidSeq, String reason) {

    static TimelineVerification ok(int entries) {
        return new TimelineVerification(true, entries, null, null);
    }

    static TimelineVerification broken(int entries, int seq, String reason) {
        return new TimelineVerification(false, entries, seq, reason);
    }
}
