package dev.tocsin.runbook.internal.run;

import java.time.Duration;

/**
 * Keeps the first {@code limit} characters of a step's output and notes whether more came. A
 * step's output is stored with its run and shown in the timeline: a runaway {@code kubectl logs}
 * must not fill either. Appends may come from a reader thread while the executor reads the text,
 * hence the synchronized methods.
 */
public final class OutputCap {

    /** 64 KiB of characters: a screenful of tables and logs many times over, small enough to store. */
    public static final int DEFAULT_LIMIT = 64 * 1024;

    private final int limit;
    private final StringBuilder text = new StringBuilder();
    private boolean truncated;

    public OutputCap() {
        this(DEFAULT_LIMIT);
    }

    public OutputCap(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("an output cap must be 0 or more characters, not " + limit);
        }
        this.limit = limit;
    }

    /** The capped form of a text that is already whole in memory. */
    public static OutputCap of(String text) {
        return new OutputCap().append(text);
    }

    public synchronized OutputCap append(CharSequence more) {
        if (more != null) {
            append(more, 0, more.length());
        }
        return this;
    }

    public synchronized OutputCap append(char[] buffer, int offset, int length) {
        return append(java.nio.CharBuffer.wrap(buffer, offset, length), 0, length);
    }

    private OutputCap append(CharSequence more, int start, int end) {
        int room = limit - text.length();
        int length = end - start;
        if (length > room) {
            truncated = true;
        }
        if (room > 0) {
            text.append(more, start, start + Math.min(room, length));
        }
        return this;
    }

    public synchronized String text() {
        return text.toString();
    }

    public synchronized boolean truncated() {
        return truncated;
    }

    public int limit() {
        return limit;
    }

    /** The note every executor ends a timed-out output with, in the units runbooks write timeouts in. */
    public static String timedOut(Duration timeout) {
        return "timed out after " + describe(timeout);
    }

    static String describe(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 60_000 == 0 && millis >= 60_000) {
            return millis / 60_000 + "m";
        }
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
