package dev.tocsin.runbook.internal.parse;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * A document as nested sections: each heading owns the blocks after it up to the next heading of
 * its level or above, and the deeper sections in between. The root (level 0) holds what comes
 * before the first heading.
 */
record Outline(int level, String heading, List<Node> blocks, List<Outline> children) {

    static Outline of(Node document) {
        Outline root = new Outline(0, "", new ArrayList<>(), new ArrayList<>());
        List<Outline> open = new ArrayList<>(List.of(root));
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                while (open.getLast().level() >= heading.getLevel()) {
                    open.removeLast();
                }
                Outline section = new Outline(heading.getLevel(), Texts.of(heading), new ArrayList<>(),
                        new ArrayList<>());
                open.getLast().children().add(section);
                open.add(section);
            } else {
                open.getLast().blocks().add(node);
            }
        }
        return root;
    }

    /** This section's blocks and those of every section under it, in document order. */
    List<Node> allBlocks() {
        List<Node> all = new ArrayList<>(blocks);
        children.forEach(child -> all.addAll(child.allBlocks()));
        return all;
    }
}
