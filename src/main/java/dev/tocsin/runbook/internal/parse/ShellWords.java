package dev.tocsin.runbook.internal.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words the way a shell would for the parts that matter here: single
 * and double quotes group, a backslash escapes, and a pipe outside quotes is a word of its own.
 * No expansion: {@code $REDIS_URL} stays as written, for the step to resolve by name.
 */
final class ShellWords {

    private ShellWords() {
    }

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                if (next != '\n') {
                    word.append(next);
                    inWord = true;
                }
            } else if (Character.isWhitespace(c) || c == '|') {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                if (c == '|') {
                    words.add("|");
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** True when quotes are still open at the end of {@code text}: the command goes on on the next line. */
    static boolean openQuote(String text) {
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0 && c == '\\') {
                i++;
            } else if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
        }
        return quote != 0;
    }
}
