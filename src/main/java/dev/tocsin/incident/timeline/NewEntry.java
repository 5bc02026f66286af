package dev.tocsin.incident.timeline;

/** What to record; the timeline adds the sequence number, time, actor and hashes. */
public record NewEntry(String kind, String summary, Object before, Object after) {

    public static NewEntry of(String kind, String summary) {
        return new NewEntry(kind, summary, null, null);
    }
}
