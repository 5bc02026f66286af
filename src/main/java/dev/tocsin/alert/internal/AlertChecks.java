package dev.tocsin.alert.internal;

import dev.tocsin.alert.IncomingAlert;
import dev.tocsin.platform.Problem;
import dev.tocsin.platform.Text;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every source's alerts must respect, whatever the adapter checked of its own format. It
 * runs before a request joins a batch, so a bad request is refused (422) without touching the
 * requests committed with it, and nothing of it is stored.
 */
public final class AlertChecks {

    /** Labels and annotations are each stored as one JSON object of at most this many characters. */
    public static final int LABELS_JSON_MAX = 20_000;

    private AlertChecks() {
    }

    public static IncomingAlert checked(IncomingAlert event) {
        if (event.dedupKey() == null || event.dedupKey().isBlank()) {
            throw Problem.invalid("dedupKey", "Every alert needs an identity (fingerprint, dedup_key or alias).");
        }
        if (event.dedupKey().length() > IncomingAlert.DEDUP_KEY_MAX) {
            throw Problem.invalid("dedupKey", "An alert's dedup key may have at most " + IncomingAlert.DEDUP_KEY_MAX
                    + " characters; this one has " + event.dedupKey().length() + ".");
        }
        String summary = event.summary() == null || event.summary().isBlank() ? event.dedupKey() : event.summary();
        return new IncomingAlert(event.source(), event.dedupKey(), event.action(),
                Text.shorten(Text.clean(summary).strip(), IncomingAlert.SUMMARY_MAX), event.severity(),
                fitting("labels", event.labels()), fitting("annotations", event.annotations()));
    }

    private static Map<String, String> fitting(String field, Map<String, String> values) {
        long length = jsonLength(values);
        if (length > LABELS_JSON_MAX) {
            throw Problem.invalid(field, "An alert's " + field + " may take at most " + LABELS_JSON_MAX
                    + " characters as JSON; these take " + length + ". Move long text out of " + field
                    + " (a link to it, say).");
        }
        return new TreeMap<>(values);
    }

    /** The length of the map as Jackson writes it: quotes, backslashes and control characters escaped. */
    static long jsonLength(Map<String, String> values) {
        long length = 2 + Math.max(0, values.size() - 1);
        for (var entry : values.entrySet()) {
            length += quotedLength(entry.getKey()) + 1
                    + (entry.getValue() == null ? "null".length() : quotedLength(entry.getValue()));
        }
        return length;
    }

    private static long quotedLength(String text) {
        long length = 2;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            length += switch (c) {
                case '"', '\\', '\b', '\f', '\n', '\r', '\t' -> 2;
                default -> c < 0x20 ? 6 : 1;
            };
        }
        return length;
    }
}
