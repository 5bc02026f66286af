package dev.tocsin.notify.slack;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names of incident channels, {@code inc-7-portal-unreachable}: Slack allows lowercase letters,
 * digits, hyphens and underscores, at most 80 characters. Accents are dropped to their letter,
 * anything else becomes one hyphen.
 */
final class SlackChannelNames {

    static final int MAX = 80;

    private SlackChannelNames() {
    }

    static String of(long number, String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        String name = "inc-" + number + (slug.isEmpty() ? "" : "-" + slug);
        return cut(name, MAX);
    }

    /** The name with {@code -2}, {@code -3} … when Slack says it is taken (an archived channel keeps its name). */
    static String withSuffix(String name, int attempt) {
        String suffix = "-" + attempt;
        return cut(name, MAX - suffix.length()) + suffix;
    }

    private static String cut(String name, int max) {
        return name.length() <= max ? name : name.substring(0, max).replaceAll("-+$", "");
    }
}
