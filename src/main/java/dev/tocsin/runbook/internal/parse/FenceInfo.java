package dev.tocsin.runbook.internal.parse;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fence's info string: its language and the optional attribute list after it,
 * {@code sql { datasource=crm timeout=30s }} (commonmark hands over the whole string).
 */
record FenceInfo(String language, Map<String, String> attributes) {

    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s}]+)");

    static FenceInfo parse(String info) {
        String text = info == null ? "" : info.strip();
        int brace = text.indexOf('{');
        String language = (brace < 0 ? text : text.substring(0, brace)).strip();
        language = language.isEmpty() ? "" : language.split("\\s+")[0].toLowerCase(Locale.ROOT);
        Map<String, String> attributes = new LinkedHashMap<>();
        if (brace >= 0) {
            int end = text.indexOf('}', brace);
            Matcher m = ATTRIBUTE.matcher(text.substring(brace + 1, end < 0 ? text.length() : end));
            while (m.find()) {
                String value = m.group(2);
                if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
                    value = value.substring(1, value.length() - 1);
                }
                attributes.put(m.group(1).toLowerCase(Locale.ROOT), value);
            }
        }
        return new FenceInfo(language, Map.copyOf(attributes));
    }

    String attribute(String name) {
        return attributes.get(name);
    }
}
