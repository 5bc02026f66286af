package dev.tocsin.platform;

/**
 * Checks for text people type, applied in the core so the API and the web UI refuse the same
 * things: blank where required, too long, or control characters (PostgreSQL cannot store NUL,
 * and none belong in a title or a note).
 */
public final class Text {

    private Text() {
    }

    /** The text, stripped; a 422 naming the field when it is missing, blank, too long or unprintable. */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw Problem.invalid(field, field + " is required.");
        }
        return optional(field, value, max).strip();
    }

    /** The text as given, or null when absent or blank; a 422 when too long or unprintable. */
    public static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw Problem.invalid(field, field + " has " + value.length() + " characters; at most " + max + " fit.");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw Problem.invalid(field, field + " contains the control character U+"
                        + String.format("%04X", (int) c) + " at position " + i + "; remove it.");
            }
        }
        return value;
    }

    /**
     * Machine-written text (alert summaries, labels) made storable: control characters other
     * than newline and tab become spaces. Senders do not retry a 4xx, so an alert is never
     * refused for a stray byte.
     */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder cleaned = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            cleaned.append(Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' ? ' ' : c);
        }
        return cleaned.toString();
    }

    /** At most {@code max} characters, with an ellipsis when cut. */
    public static String shorten(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
