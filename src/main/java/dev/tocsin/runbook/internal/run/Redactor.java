package dev.tocsin.runbook.internal.run;

import dev.tocsin.runbook.RunbookSources;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Masks secrets in what Tocsin stores and shows of a run: commands and outputs land in the
 * incident timeline, which every viewer reads and nobody can edit afterwards. It masks the
 * passwords the server itself knows (data sources, Redis URLs) wherever they appear, and the
 * shapes secrets usually take in commands and output ({@code password=…}, bearer tokens, URL
 * user info, {@code redis-cli -a …}).
 */
@Component
public class Redactor {

    static final String MASK = "***";

    /** Each pattern keeps group 1 (the key) and masks group 2 (the value); a third group is kept after. */
    private static final List<Pattern> SHAPES = List.of(
            Pattern.compile("(?i)((?:password|passwd|token|secret|api[_-]?key)=)(\"[^\"]*\"|'[^']*'|[^\\s&;,'\"]+)"),
            Pattern.compile("(?i)(\"(?:password|passwd|token|secret|api[_-]?key)\"\\s*:\\s*)"
                    + "(\"(?:[^\"\\\\]|\\\\.)*\")"),
            Pattern.compile("(?i)(authorization:\\s*(?:bearer|basic|token)\\s+)([^\\s'\"]+)"),
            Pattern.compile("(redis-cli\\b[^\\n]{0,512}?\\s(?:-a|--pass)\\s+)(\"[^\"]*\"|'[^']*'|\\S+)"),
            // Bounded lengths: an unbounded scheme made a 64 KiB word cost quadratic time to scan.
            Pattern.compile("(\\b[a-zA-Z][a-zA-Z0-9+.-]{0,30}://[^\\s:/@]{0,128}:)([^\\s@/]{1,512})(@)"));

    private final List<Pattern> literals;

    public Redactor(RunbookSources sources) {
        Set<String> secrets = new LinkedHashSet<>();
        sources.datasources().values().forEach(ds -> add(secrets, ds.password()));
        sources.redis().values().forEach(url -> add(secrets, redisPassword(url)));
        // Longest first, so a password that contains another is masked whole.
        this.literals = secrets.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(s -> Pattern.compile(Pattern.quote(s)))
                .toList();
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Pattern literal : literals) {
            result = literal.matcher(result).replaceAll(MASK);
        }
        for (Pattern shape : SHAPES) {
            result = mask(shape, result);
        }
        return result;
    }

    private static String mask(Pattern shape, String text) {
        Matcher m = shape.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            String after = m.groupCount() >= 3 ? m.group(3) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + MASK + after));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    private static void add(Set<String> secrets, String secret) {
        // A blank password (trust authentication, the default here) is not a secret to mask.
        if (secret != null && !secret.isBlank()) {
            secrets.add(secret);
            // Operators percent-encode special characters in URLs; the decoded form is the real secret.
            try {
                String decoded = URLDecoder.decode(secret.replace("+", "%2B"), StandardCharsets.UTF_8);
                if (!decoded.isBlank()) {
                    secrets.add(decoded);
                }
            } catch (IllegalArgumentException notEncoded) {
                // a lone '%' in a password: the text as configured is all there is to mask
            }
        }
    }

    /**
     * The password of {@code redis://:secret@host} or {@code redis://user:secret@host}; the old
     * {@code redis://secret@host} too.
     */
    static String redisPassword(String url) {
        if (url == null) {
            return null;
        }
        String userInfo;
        try {
            userInfo = URI.create(url.trim()).getRawUserInfo();
        } catch (IllegalArgumentException notAUri) {
            Matcher m = Pattern.compile("://([^@/]*)@").matcher(url);
            userInfo = m.find() ? m.group(1) : null;
        }
        if (userInfo == null) {
            return null;
        }
        int colon = userInfo.indexOf(':');
        return colon < 0 ? userInfo : userInfo.substring(colon + 1);
    }
}
