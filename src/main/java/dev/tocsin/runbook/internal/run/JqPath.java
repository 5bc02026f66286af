package dev.tocsin.runbook.internal.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The part of jq that runbooks use after a curl: a path into the answer ({@code .}, {@code .a.b},
 * {@code .a[0]}, {@code .["key"]}). Anything more is a program, which Tocsin does not run on the
 * server; {@link #parse} says no to it and the step says which filters work.
 */
record JqPath(String text, List<Object> segments) {

    JqPath {
        segments = List.copyOf(segments);
    }

    /** The path, or empty when the filter is more than a path (pipes, functions, {@code select}). */
    static Optional<JqPath> parse(String filter) {
        String f = filter == null ? "" : filter.strip();
        if (!f.startsWith(".")) {
            return Optional.empty();
        }
        List<Object> segments = new ArrayList<>();
        int i = 0;
        while (i < f.length()) {
            char c = f.charAt(i);
            if (c == '.') {
                i++;
                if (i == f.length()) {
                    return segments.isEmpty() ? Optional.of(new JqPath(f, segments)) : Optional.empty();
                }
                if (f.charAt(i) == '[') {
                    continue;
                }
                if (f.charAt(i) == '"') {
                    int end = closingQuote(f, i);
                    if (end < 0) {
                        return Optional.empty();
                    }
                    segments.add(unescape(f.substring(i + 1, end)));
                    i = end + 1;
                    continue;
                }
                int end = i;
                while (end < f.length() && (Character.isLetterOrDigit(f.charAt(end)) || f.charAt(end) == '_')) {
                    end++;
                }
                if (end == i || Character.isDigit(f.charAt(i))) {
                    return Optional.empty();
                }
                segments.add(f.substring(i, end));
                i = end;
            } else if (c == '[') {
                int close = f.indexOf(']', i);
                if (close < 0) {
                    return Optional.empty();
                }
                String inside = f.substring(i + 1, close).strip();
                if (inside.matches("-?\\d+")) {
                    segments.add(Integer.parseInt(inside));
                } else if (inside.length() >= 2 && inside.startsWith("\"")
                        && closingQuote(inside, 0) == inside.length() - 1) {
                    segments.add(unescape(inside.substring(1, inside.length() - 1)));
                } else {
                    return Optional.empty();
                }
                i = close + 1;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new JqPath(f, segments));
    }

    /** The value at the path, or null when the answer has nothing there (jq would say null). */
    JsonNode select(JsonNode answer) {
        JsonNode node = answer;
        for (Object segment : segments) {
            if (node == null) {
                return null;
            }
            if (segment instanceof Integer index) {
                int at = index < 0 ? node.size() + index : index;
                node = node.isArray() && at >= 0 && at < node.size() ? node.get(at) : null;
            } else {
                node = node.isObject() ? node.get((String) segment) : null;
            }
        }
        return node;
    }

    private static int closingQuote(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                i++;
            } else if (s.charAt(i) == '"') {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String quoted) {
        return quoted.replaceAll("\\\\(.)", "$1");
    }
}
