package dev.tocsin.runbook.internal.parse;

import dev.tocsin.runbook.Runbook.ContactRow;
import dev.tocsin.runbook.Runbook.EscalationRow;
import dev.tocsin.runbook.Runbook.SeverityRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;

/**
 * The severity, escalation and contact tables of a runbook, told apart by their header row
 * (whatever section they sit in): "Response Time" makes a severity table, "When to Escalate" or
 * Level with Contact an escalation matrix, "Contact Method" or "Role" a contact list.
 */
final class Tables {

    final List<SeverityRow> severities = new ArrayList<>();
    final List<EscalationRow> escalation = new ArrayList<>();
    final List<ContactRow> contacts = new ArrayList<>();

    static Tables of(Node document) {
        Tables tables = new Tables();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock table) {
                    tables.add(table);
                } else {
                    visitChildren(block);
                }
            }
        });
        return tables;
    }

    private void add(TableBlock table) {
        List<String> header = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    List<String> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(Texts.of(cell));
                        }
                    }
                    if (section instanceof TableHead) {
                        cells.forEach(c -> header.add(c.toLowerCase(Locale.ROOT)));
                    } else {
                        rows.add(cells);
                    }
                }
            }
        }
        if (header.stream().anyMatch(h -> h.contains("response time"))) {
            rows.forEach(r -> severities.add(new SeverityRow(cell(header, r, "severity", "level"),
                    cell(header, r, "definition", "description"), cell(header, r, "response"),
                    cell(header, r, "example"))));
        } else if (header.stream().anyMatch(h -> h.contains("when to escalate"))
                || header.contains("level") && header.stream().anyMatch(h -> h.startsWith("contact"))) {
            rows.forEach(r -> escalation.add(new EscalationRow(cell(header, r, "level"), cell(header, r, "scope"),
                    cell(header, r, "contact"), cell(header, r, "when"))));
        } else if (header.stream().anyMatch(h -> h.contains("contact method") || h.equals("role"))) {
            rows.forEach(r -> contacts.add(new ContactRow(cell(header, r, "role"), cell(header, r, "contact"),
                    cell(header, r, "backup"))));
        }
    }

    /** The row's cell under the first column whose header starts with one of {@code names}; blank if none. */
    private static String cell(List<String> header, List<String> row, String... names) {
        for (String name : names) {
            for (int i = 0; i < header.size() && i < row.size(); i++) {
                if (header.get(i).startsWith(name)) {
                    return row.get(i);
                }
            }
        }
        return "";
    }
}
