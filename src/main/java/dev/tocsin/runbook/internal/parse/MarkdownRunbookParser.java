package dev.tocsin.runbook.internal.parse;

import dev.tocsin.runbook.Runbook;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown runbook (docs/runbooks.md) with commonmark and its GFM tables: the title, the
 * "Last Updated" line, the severity, escalation and contact tables, and the scenarios. Any
 * Markdown reads without error; what it does not recognise is simply not a step.
 */
public final class MarkdownRunbookParser {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R(.*?)\\R---\\R", Pattern.DOTALL);
    private static final Pattern FRONT_TITLE = Pattern.compile("(?m)^title:\\s*[\"']?(.*?)[\"']?\\s*$");
    private static final Pattern LAST_UPDATED = Pattern.compile("(?im)^\\W*last\\s+updated\\W*?[:\\s]\\W*(.+?)\\W*$");

    private MarkdownRunbookParser() {
    }

    public static Runbook parse(String markdown) {
        String text = markdown.replace("\r\n", "\n");
        Matcher front = FRONT_MATTER.matcher(text);
        boolean hasFront = front.find();
        Optional<String> frontTitle = hasFront ? frontTitle(front.group(1)) : Optional.empty();
        String body = hasFront ? text.substring(front.end()) : text;
        Node document = PARSER.parse(body);
        Outline outline = Outline.of(document);
        String title = firstHeading(document, 1).or(() -> frontTitle).or(() -> firstHeading(document, 6))
                .orElse("Untitled runbook");
        Matcher updated = LAST_UPDATED.matcher(body);
        Optional<String> lastUpdated = updated.find() ? Optional.of(updated.group(1).strip()) : Optional.empty();
        Tables tables = Tables.of(document);
        List<Runbook.EscalationRow> escalation = tables.escalation.isEmpty()
                ? escalationPath(outline) : tables.escalation;
        return new Runbook(title, lastUpdated, tables.severities, escalation, tables.contacts,
                ScenarioReader.read(outline, title));
    }

    /**
     * Without an escalation table, a list under an "Escalation Path" (or "Escalation Matrix")
     * heading is the escalation, one level per item: L1, L2, ...
     */
    private static List<Runbook.EscalationRow> escalationPath(Outline section) {
        if (section.heading().toLowerCase(Locale.ROOT).matches("escalation\\s+(path|matrix|levels|chain).*")) {
            for (Node block : section.blocks()) {
                if (block instanceof ListBlock list) {
                    List<Runbook.EscalationRow> rows = new ArrayList<>();
                    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                        rows.add(new Runbook.EscalationRow("L" + (rows.size() + 1), "", Texts.of(item), ""));
                    }
                    return rows;
                }
            }
        }
        return section.children().stream().map(MarkdownRunbookParser::escalationPath).filter(r -> !r.isEmpty())
                .findFirst().orElse(List.of());
    }

    private static Optional<String> frontTitle(String frontMatter) {
        Matcher title = FRONT_TITLE.matcher(frontMatter);
        return title.find() ? Optional.of(title.group(1)).filter(t -> !t.isBlank()) : Optional.empty();
    }

    private static Optional<String> firstHeading(Node document, int deepest) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading h && h.getLevel() <= deepest) {
                return Optional.of(Texts.of(h));
            }
        }
        return Optional.empty();
    }
}
