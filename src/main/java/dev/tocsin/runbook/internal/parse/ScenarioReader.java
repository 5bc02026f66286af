package dev.tocsin.runbook.internal.parse;

import dev.tocsin.runbook.Scenario;
import dev.tocsin.runbook.Step;
import dev.tocsin.runbook.StepKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Finds the scenarios in an outline. A section is a scenario when it holds parts (bold labels
 * such as {@code **Symptoms:**}, or sub-headings such as {@code ## Diagnosis}); a section with
 * runnable code but no parts is a procedure of its own, so that no command is lost; sections
 * under either are looked at in turn.
 */
final class ScenarioReader {

    private static final Set<String> SHELL = Set.of("", "bash", "sh", "shell", "zsh", "console", "terminal",
            "shell-session", "shellsession");
    private static final Set<String> SQL = Set.of("sql", "psql", "postgresql", "postgres", "pgsql", "plpgsql");
    /** Code Tocsin does not run but a person does: each block is one manual step. */
    private static final Set<String> BY_HAND = Set.of("promql", "ruby", "rb", "irb", "python", "py", "go", "js",
            "javascript", "groovy");
    /** What a block without a language must start with to be commands rather than output. */
    private static final Set<String> PROGRAMS = Set.of("curl", "wget", "kubectl", "oc", "redis-cli", "psql", "grep",
            "egrep", "tail", "head", "cat", "less", "top", "ps", "pgrep", "systemctl", "journalctl", "docker", "helm",
            "etcdctl", "sudo", "ssh", "ls", "df", "du", "free", "dig", "nslookup", "ping", "gitlab-rails", "gitlab-ctl",
            "gitlab-psql", "knife", "openssl", "jq", "watch", "kill", "pkill", "service", "export");

    private final List<Scenario> scenarios = new ArrayList<>();
    private final Map<String, Integer> slugs = new HashMap<>();

    static List<Scenario> read(Outline root, String title) {
        ScenarioReader reader = new ScenarioReader();
        reader.visit(root, title);
        return List.copyOf(reader.scenarios);
    }

    private void visit(Outline section, String name) {
        Map<Part, List<Block>> parts = new LinkedHashMap<>();
        List<Block> before = new ArrayList<>();
        labelledParts(section, parts, before);
        for (Outline child : section.children()) {
            Part.named(child.heading()).ifPresent(part -> parts.computeIfAbsent(part, p -> new ArrayList<>())
                    .addAll(blocks(child, child.heading())));
        }
        Steps steps = new Steps();
        // Escalation and impact alone (an "Escalation Matrix" section) do not make a scenario.
        boolean isScenario = parts.keySet().stream()
                .anyMatch(p -> p == Part.SYMPTOMS || p == Part.DIAGNOSIS || p == Part.RESOLUTION);
        if (isScenario) {
            steps.read(before, "step", StepKind.DIAGNOSTIC, true);
            Content content = new Content();
            parts.forEach((part, blocks) -> {
                switch (part) {
                    case DIAGNOSIS, RESOLUTION -> steps.read(blocks, part.stepPrefix, part.kind, false);
                    case SYMPTOMS -> content.symptoms.addAll(steps.texts(blocks));
                    case ESCALATION -> content.escalation.addAll(steps.texts(blocks));
                    case IMPACT -> content.impact.addAll(steps.texts(blocks));
                    case SERVICES -> steps.texts(blocks).forEach(line -> content.services.addAll(
                            java.util.Arrays.stream(line.split("[,\\s]+")).filter(w -> !w.isBlank()).toList()));
                }
            });
            scenarios.add(new Scenario(slug(name), name, content.services, content.symptoms, steps.list,
                    content.escalation, content.impact));
        } else {
            steps.read(before, "step", StepKind.DIAGNOSTIC, false);
            if (steps.list.stream().anyMatch(s -> !(s instanceof Step.Manual))) {
                scenarios.add(new Scenario(slug(name), name, List.of(), List.of(), steps.list, List.of(), List.of()));
            }
        }
        for (Outline child : section.children()) {
            if (!isScenario || Part.named(child.heading()).isEmpty()) {
                visit(child, child.heading());
            }
        }
    }

    /** Splits a section's own blocks at bold labels; what comes before the first label goes to {@code before}. */
    private static void labelledParts(Outline section, Map<Part, List<Block>> parts, List<Block> before) {
        List<Block> current = before;
        for (Node node : section.blocks()) {
            Optional<Part> label = node instanceof Paragraph p ? label(p) : Optional.empty();
            if (label.isPresent()) {
                current = parts.computeIfAbsent(label.get(), x -> new ArrayList<>());
                String rest = afterLabel((Paragraph) node);
                if (!rest.isEmpty()) {
                    current.add(new Block(null, rest, section.heading()));
                }
            } else {
                current.add(new Block(node, null, section.heading()));
            }
        }
    }

    /** {@code **Diagnosis:**}, {@code **Impact Note**: ...} or a paragraph that is only {@code Check:}. */
    private static Optional<Part> label(Paragraph paragraph) {
        Node first = paragraph.getFirstChild();
        if (first instanceof StrongEmphasis strong) {
            String label = Texts.of(strong);
            boolean colon = label.endsWith(":") || first.getNext() instanceof Text t && t.getLiteral().startsWith(":");
            return colon ? Part.named(label) : Optional.empty();
        }
        String text = Texts.of(paragraph);
        return text.endsWith(":") && text.length() < 40 ? Part.named(text) : Optional.empty();
    }

    private static String afterLabel(Paragraph paragraph) {
        if (!(paragraph.getFirstChild() instanceof StrongEmphasis strong)) {
            return "";
        }
        String label = Texts.of(strong);
        String text = Texts.of(paragraph);
        String rest = text.substring(Math.min(text.length(), label.length())).strip();
        return rest.startsWith(":") ? rest.substring(1).strip() : rest;
    }

    private static List<Block> blocks(Outline section, String heading) {
        List<Block> blocks = new ArrayList<>();
        section.blocks().forEach(node -> blocks.add(new Block(node, null, heading)));
        section.children().forEach(child -> blocks.addAll(blocks(child, child.heading())));
        return blocks;
    }

    private String slug(String name) {
        String base = name.toLowerCase(Locale.ROOT).replaceAll("^[\\d.\\s]+", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        base = base.isEmpty() ? "scenario" : base;
        int seen = slugs.merge(base, 1, Integer::sum);
        return seen == 1 ? base : base + "-" + seen;
    }

    /**
     * A block of a part, or the words after a bold label ({@code text}); {@code heading} titles untitled code
     * in it.
     */
    private record Block(Node node, String text, String heading) {
    }

    private static final class Content {
        final List<String> services = new ArrayList<>();
        final List<String> symptoms = new ArrayList<>();
        final List<String> escalation = new ArrayList<>();
        final List<String> impact = new ArrayList<>();
    }

    /** The steps of one scenario, numbered per part ({@code diagnosis-1}, {@code resolution-1}). */
    private static final class Steps {
        final List<Step> list = new ArrayList<>();
        private final Map<String, Integer> numbers = new HashMap<>();

        /**
         * Code is titled by its comment, else by a paragraph just before it that ends in a colon, else by its
         * heading.
         */
        void read(List<Block> blocks, String prefix, StepKind kind, boolean codeOnly) {
            Optional<String> lead = Optional.empty();
            for (Block block : blocks) {
                if (block.node() instanceof Paragraph paragraph) {
                    lead = Optional.of(Texts.of(paragraph)).filter(t -> t.endsWith(":"));
                } else if (block.node() != null) {
                    node(block.node(), prefix, kind,
                            lead.or(() -> Optional.of(block.heading()).filter(h -> !h.isBlank())), codeOnly);
                    lead = Optional.empty();
                }
            }
        }

        List<String> texts(List<Block> blocks) {
            List<String> texts = new ArrayList<>();
            for (Block block : blocks) {
                if (block.text() != null) {
                    texts.add(block.text());
                } else if (block.node() instanceof ListBlock list) {
                    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                        texts.add(Texts.of(item));
                    }
                } else if (block.node() instanceof Paragraph paragraph) {
                    texts.add(Texts.of(paragraph));
                }
            }
            texts.removeIf(String::isBlank);
            return texts;
        }

        private void node(Node node, String prefix, StepKind kind, Optional<String> context, boolean codeOnly) {
            switch (node) {
                case FencedCodeBlock fence ->
                        code(FenceInfo.parse(fence.getInfo()), fence.getLiteral(), prefix, kind, context);
                case IndentedCodeBlock code -> code(FenceInfo.parse(""), code.getLiteral(), prefix, kind, context);
                case ListBlock list -> {
                    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                        item((ListItem) item, prefix, kind, codeOnly);
                    }
                }
                default -> { }
            }
        }

        /** A list item is a checklist step, unless it introduces code: then its words title that code. */
        private void item(ListItem item, String prefix, StepKind kind, boolean codeOnly) {
            String text = Texts.of(item);
            int before = list.size();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                node(child, prefix, kind, Optional.of(text).filter(t -> !t.isBlank()), codeOnly);
            }
            boolean introducesCode = list.size() > before;
            if (!introducesCode && !codeOnly && !text.isBlank()) {
                list.add(before, StepFactory.manual(next(prefix), text, Optional.empty(), FenceInfo.parse(""), kind));
            }
        }

        private void code(FenceInfo fence, String literal, String prefix, StepKind kind, Optional<String> context) {
            String language = fence.attributes().getOrDefault("type", fence.language());
            if (language.equals("manual") || BY_HAND.contains(language)) {
                list.add(StepFactory.manual(next(prefix), literal.strip(), context, fence, kind));
            } else if (SQL.contains(language)) {
                CodeBlockCommands.sql(literal).forEach(c -> list.add(StepFactory.sql(next(prefix), titled(c, context),
                        fence, kind)));
            } else if (SHELL.contains(language) || language.equals("redis") || language.equals("http")) {
                List<CodeBlockCommands.Command> commands = CodeBlockCommands.shell(literal);
                if (language.isEmpty() && !commands.isEmpty() && !looksLikeCommands(literal, commands)) {
                    return;  // output or a sample file, shown for reading
                }
                commands.forEach(c -> list.add(StepFactory.fromShell(next(prefix), titled(c, context), fence, kind)));
            }
        }

        private static boolean looksLikeCommands(String literal, List<CodeBlockCommands.Command> commands) {
            boolean prompted = CodeBlockCommands.prompted(literal);
            String first = ShellWords.split(commands.getFirst().text()).stream().findFirst().orElse("")
                    .replaceAll(".*/", "");
            return prompted || PROGRAMS.contains(first);
        }

        private static CodeBlockCommands.Command titled(CodeBlockCommands.Command command, Optional<String> context) {
            return command.title().isPresent() || context.isEmpty() ? command
                    : new CodeBlockCommands.Command(command.text(), context, command.redisPrompt());
        }

        private String next(String prefix) {
            return prefix + "-" + numbers.merge(prefix, 1, Integer::sum);
        }
    }
}
