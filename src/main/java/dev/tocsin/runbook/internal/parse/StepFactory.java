package dev.tocsin.runbook.internal.parse;

import dev.tocsin.runbook.Step;
import dev.tocsin.runbook.StepKind;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.convert.DurationStyle;

/**
 * Turns one command from a runbook into the step that runs it: curl into an HTTP request (a jq
 * filter after it into what the answer must hold), psql and SQL into a query on a named data
 * source, redis-cli into a Redis command on a named connection, anything else into shell. The
 * fence's attributes ({@code kind}, {@code destructive}, {@code datasource}, {@code connection},
 * {@code timeout}, {@code type}) override what is inferred.
 */
final class StepFactory {

    static final String DEFAULT_SOURCE = "default";
    private static final Pattern VARIABLE = Pattern.compile("^\\$\\{?(\\w+)}?$");

    private StepFactory() {
    }

    /** A step for a command in a shell block (or a prompted Redis line). */
    static Step fromShell(String id, CodeBlockCommands.Command command, FenceInfo fence, StepKind partKind) {
        String text = command.text();
        if (command.redisPrompt()) {
            List<String> arguments = ShellWords.split(text);
            return new Step.Redis(basics(id, command, fence, partKind, Destructive.redis(arguments)),
                    fence.attributes().getOrDefault("connection", DEFAULT_SOURCE), arguments);
        }
        List<String> words = ShellWords.split(text);
        String program = words.isEmpty() ? "" : words.getFirst().replaceAll(".*/", "");
        Optional<Step> typed = switch (program) {
            case "curl" -> http(id, command, fence, partKind, words);
            case "redis-cli" -> redis(id, command, fence, partKind, words);
            case "psql" -> psql(id, command, fence, partKind, words);
            default -> Optional.empty();
        };
        return typed.orElseGet(() -> new Step.Shell(basics(id, command, fence, partKind, Destructive.shell(text)),
                text));
    }

    static Step sql(String id, CodeBlockCommands.Command statement, FenceInfo fence, StepKind partKind) {
        return new Step.Sql(basics(id, statement, fence, partKind, Destructive.sql(statement.text())),
                fence.attributes().getOrDefault("datasource", DEFAULT_SOURCE), statement.text());
    }

    static Step manual(String id, String text, Optional<String> title, FenceInfo fence, StepKind partKind) {
        CodeBlockCommands.Command item = new CodeBlockCommands.Command(text, title, false);
        return new Step.Manual(basics(id, item, fence, partKind, false), text);
    }

    /** curl [-X METHOD] [-H 'K: V']... [-d BODY] URL [| jq [-r] FILTER]: other pipes leave it to the shell. */
    private static Optional<Step> http(String id, CodeBlockCommands.Command command, FenceInfo fence, StepKind kind,
            List<String> words) {
        int pipe = words.indexOf("|");
        List<String> curl = pipe < 0 ? words : words.subList(0, pipe);
        Optional<String> jq = Optional.empty();
        if (pipe >= 0) {
            List<String> after = words.subList(pipe + 1, words.size());
            if (after.isEmpty() || !after.getFirst().equals("jq") || after.contains("|")) {
                return Optional.empty();
            }
            jq = after.stream().skip(1).filter(w -> !w.startsWith("-")).findFirst();
        }
        String method = null;
        String url = null;
        Optional<String> body = Optional.empty();
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < curl.size(); i++) {
            String word = curl.get(i);
            String next = i + 1 < curl.size() ? curl.get(i + 1) : null;
            switch (word) {
                case "-X", "--request" -> { method = next; i++; }
                case "-H", "--header" -> {
                    if (next != null && next.contains(":")) {
                        headers.put(next.substring(0, next.indexOf(':')).strip(),
                                next.substring(next.indexOf(':') + 1).strip());
                    }
                    i++;
                }
                case "-d", "--data", "--data-raw", "--data-binary", "--data-urlencode" -> {
                    body = Optional.ofNullable(next);
                    i++;
                }
                case "-u", "--user", "-o", "--output", "-m", "--max-time", "--connect-timeout", "-A",
                        "--user-agent" -> i++;
                default -> {
                    if (!word.startsWith("-") && url == null) {
                        url = word;
                    }
                }
            }
        }
        if (url == null) {
            return Optional.empty();
        }
        String verb = (method != null ? method : body.isPresent() ? "POST" : "GET").toUpperCase(Locale.ROOT);
        return Optional.of(new Step.Http(basics(id, command, fence, kind, Destructive.http(verb)), verb, url,
                headers, body, jq));
    }

    /** redis-cli [-u $URL | -h H -p P -n DB] COMMAND ARGS; a session without a command is left to the shell. */
    private static Optional<Step> redis(String id, CodeBlockCommands.Command command, FenceInfo fence, StepKind kind,
            List<String> words) {
        if (words.contains("|") || words.contains(">") || words.stream().anyMatch(w -> w.startsWith("--"))) {
            return Optional.empty();
        }
        String connection = DEFAULT_SOURCE;
        List<String> arguments = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            if (arguments.isEmpty() && word.matches("-[uhpna]") && i + 1 < words.size()) {
                if (word.equals("-u")) {
                    connection = sourceName(words.get(i + 1), DEFAULT_SOURCE);
                }
                i++;
            } else {
                arguments.add(word);
            }
        }
        if (arguments.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Step.Redis(basics(id, command, fence, kind, Destructive.redis(arguments)),
                fence.attributes().getOrDefault("connection", connection), arguments));
    }

    /** psql [$URL | -d NAME] -c "SQL": without -c it is an interactive session, left to the shell. */
    private static Optional<Step> psql(String id, CodeBlockCommands.Command command, FenceInfo fence, StepKind kind,
            List<String> words) {
        if (words.contains("|")) {
            return Optional.empty();
        }
        String datasource = DEFAULT_SOURCE;
        String sql = null;
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            if ((word.equals("-c") || word.equals("--command")) && i + 1 < words.size()) {
                sql = words.get(++i);
            } else if (word.startsWith("--command=")) {
                sql = word.substring("--command=".length());
            } else if ((word.equals("-d") || word.equals("--dbname")) && i + 1 < words.size()) {
                datasource = sourceName(words.get(++i), DEFAULT_SOURCE);
            } else if (word.startsWith("$")) {
                datasource = sourceName(word, DEFAULT_SOURCE);
            }
        }
        if (sql == null) {
            return Optional.empty();
        }
        return Optional.of(new Step.Sql(basics(id, command, fence, kind, Destructive.sql(sql)),
                fence.attributes().getOrDefault("datasource", datasource), sql));
    }

    /**
     * The data source or connection a variable names: {@code $CRM_DATABASE_URL} is {@code crm},
     * {@code $DATABASE_URL} and {@code $REDIS_URL} are the default one, a plain name is itself.
     */
    static String sourceName(String word, String fallback) {
        Matcher variable = VARIABLE.matcher(word);
        if (!variable.matches()) {
            return word.startsWith("-") || word.contains("://") ? fallback : word;
        }
        String name = variable.group(1).toLowerCase(Locale.ROOT)
                .replaceFirst("_?(database_url|db_url|redis_url|url|dsn)$", "");
        return name.isEmpty() || name.equals("redis") || name.equals("database") ? fallback : name.replace('_', '-');
    }

    private static Step.Basics basics(String id, CodeBlockCommands.Command command, FenceInfo fence, StepKind partKind,
            boolean inferredDestructive) {
        Function<String, Optional<String>> attribute = name -> Optional.ofNullable(fence.attribute(name));
        boolean destructive = attribute.apply("destructive").map(Boolean::parseBoolean).orElse(inferredDestructive);
        StepKind kind = attribute.apply("kind").map(k -> StepKind.valueOf(k.toUpperCase(Locale.ROOT)))
                .orElse(destructive ? StepKind.REMEDIATION : partKind);
        Duration timeout = attribute.apply("timeout").map(StepFactory::duration).orElse(Step.Basics.DEFAULT_TIMEOUT);
        String title = command.title().orElseGet(() -> firstLine(command.text()));
        return new Step.Basics(id, title, command.text(), kind, destructive, timeout);
    }

    /** A fence's {@code timeout}: 30s, 500ms, 2m (a bare number is seconds); unreadable, the default. */
    static Duration duration(String text) {
        try {
            return DurationStyle.detectAndParse(text.strip(), ChronoUnit.SECONDS);
        } catch (IllegalArgumentException e) {
            return Step.Basics.DEFAULT_TIMEOUT;  // any Markdown reads; the step keeps the default
        }
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        return line.length() > 80 ? line.substring(0, 77) + "..." : line;
    }
}
