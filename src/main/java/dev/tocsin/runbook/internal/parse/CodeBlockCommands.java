package dev.tocsin.runbook.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commands in a fenced block, each with the {@code #} (or {@code --}) comment line that titles
 * it. Shell blocks: a line is a command, continued by a trailing backslash or pipe, an open quote
 * or an unfinished loop; where a block shows prompts ({@code $ }, {@code worker$ },
 * {@code 10.0.0.1:6379> }), only prompted lines are commands and the rest is their output.
 * SQL blocks: a statement runs to its semicolon, a blank line or the next comment.
 */
final class CodeBlockCommands {

    /** A command as written, and the title of the comment above it; {@code redisPrompt} for {@code host:port> CMD}. */
    record Command(String text, Optional<String> title, boolean redisPrompt) {
    }

    private static final Pattern SHELL_PROMPT = Pattern.compile("^\\s*[\\w@.~:/-]*\\$\\s+(.*)$");
    private static final Pattern REDIS_PROMPT = Pattern.compile("^\\s*[\\w.-]+:\\d+(\\[\\d+])?>\\s+(.*)$");

    private CodeBlockCommands() {
    }

    /** True when the block shows prompts: its commands are the prompted lines, the rest is output. */
    static boolean prompted(String block) {
        return block.lines().anyMatch(l -> SHELL_PROMPT.matcher(l).matches() || REDIS_PROMPT.matcher(l).matches());
    }

    static List<Command> shell(String block) {
        List<String> lines = block.lines().toList();
        boolean prompted = prompted(block);
        List<Command> commands = new ArrayList<>();
        Optional<String> title = Optional.empty();
        StringBuilder pending = null;
        boolean pendingRedis = false;
        for (String line : lines) {
            if (pending != null) {
                pending.append('\n').append(line);
                if (!continues(pending.toString())) {
                    commands.add(new Command(pending.toString().strip(), title, pendingRedis));
                    pending = null;
                }
                continue;
            }
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                title = Optional.empty();
                continue;
            }
            if (stripped.startsWith("#")) {
                title = comment(stripped.substring(1));
                continue;
            }
            String command = stripped;
            boolean redis = false;
            if (prompted) {
                Matcher shellPrompt = SHELL_PROMPT.matcher(line);
                Matcher redisPrompt = REDIS_PROMPT.matcher(line);
                if (redisPrompt.matches()) {
                    command = redisPrompt.group(2).strip();
                    redis = true;
                } else if (shellPrompt.matches()) {
                    command = shellPrompt.group(1).strip();
                } else {
                    continue;  // output of the command above
                }
            }
            if (command.isEmpty()) {
                continue;
            }
            if (continues(command)) {
                pending = new StringBuilder(command);
                pendingRedis = redis;
            } else {
                commands.add(new Command(command, title, redis));
            }
        }
        if (pending != null) {
            commands.add(new Command(pending.toString().strip(), title, pendingRedis));
        }
        return commands;
    }

    static List<Command> sql(String block) {
        List<Command> statements = new ArrayList<>();
        Optional<String> title = Optional.empty();
        StringBuilder statement = new StringBuilder();
        for (String line : block.lines().toList()) {
            String stripped = line.strip();
            boolean comment = stripped.startsWith("#") || stripped.startsWith("--");
            if (stripped.isEmpty() || comment) {
                flush(statement, title, statements);
                if (comment) {
                    title = comment(stripped.substring(stripped.startsWith("#") ? 1 : 2));
                } else {
                    title = Optional.empty();
                }
                continue;
            }
            statement.append(statement.isEmpty() ? "" : "\n").append(line.stripTrailing());
            if (stripped.endsWith(";") && !ShellWords.openQuote(statement.toString())) {
                flush(statement, title, statements);
            }
        }
        flush(statement, title, statements);
        return statements;
    }

    private static void flush(StringBuilder statement, Optional<String> title, List<Command> into) {
        if (!statement.isEmpty()) {
            into.add(new Command(statement.toString().strip(), title, false));
            statement.setLength(0);
        }
    }

    private static Optional<String> comment(String text) {
        String title = text.strip();
        return title.isEmpty() ? Optional.empty() : Optional.of(title);
    }

    /** A command goes on after this line: a trailing backslash, pipe or {@code &&}, an open quote or loop. */
    private static boolean continues(String command) {
        String end = command.stripTrailing();
        if (end.endsWith("\\") || end.endsWith("|") || end.endsWith("&&") || end.endsWith("||")
                || ShellWords.openQuote(command)) {
            return true;
        }
        List<String> words = List.of(command.split("[\\s;]+"));
        long opened = words.stream().filter(w -> w.equals("do") || w.equals("then")).count();
        long closed = words.stream().filter(w -> w.equals("done") || w.equals("fi")).count();
        return opened > closed;
    }
}
