package dev.tocsin.runbook.internal.parse;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The plain text of a Markdown node: inline code keeps its text, line breaks become spaces. */
final class Texts {

    private Texts() {
    }

    static String of(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                text.append(c.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak b) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak b) {
                text.append(' ');
            }

            @Override
            public void visit(Paragraph p) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                visitChildren(p);
            }

            // A list item's own words, not those of the lists and code nested in it.
            @Override
            public void visit(org.commonmark.node.BulletList l) {
                skipUnlessRoot(l);
            }

            @Override
            public void visit(org.commonmark.node.OrderedList l) {
                skipUnlessRoot(l);
            }

            @Override
            public void visit(FencedCodeBlock b) {
            }

            @Override
            public void visit(IndentedCodeBlock b) {
            }

            private void skipUnlessRoot(ListBlock l) {
                if (l == node) {
                    visitChildren(l);
                }
            }
        });
        return text.toString().replaceAll("\\s+", " ").strip();
    }
}
