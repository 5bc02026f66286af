package dev.tocsin.runbook.internal.run;

import dev.tocsin.runbook.RunbookSources;
import dev.tocsin.runbook.Step;
import dev.tocsin.runbook.internal.run.StepResult.Status;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.commands.ProtocolCommand;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Runs Redis steps on the connections named in {@code tocsin.runbooks.redis}, and shows replies
 * the way {@code redis-cli} does, since that is what runbooks were written against. One
 * connection per step: steps are occasional, and a fresh connection carries the step's own
 * timeout and leaves no pool to keep healthy.
 */
@Component
public class RedisExecutor implements StepExecutor {

    private final RunbookSources sources;
    private final Redactor redactor;

    public RedisExecutor(RunbookSources sources, Redactor redactor) {
        this.sources = sources;
        this.redactor = redactor;
    }

    @Override
    public String type() {
        return "redis";
    }

    @Override
    public StepResult run(Step step, boolean writable) {
        if (!(step instanceof Step.Redis redis)) {
            throw new IllegalArgumentException("the redis executor runs redis steps, not " + step.type());
        }
        long start = System.nanoTime();
        Duration timeout = step.basics().timeout();
        Outcome outcome = execute(redis, timeout);
        OutputCap output = OutputCap.of(redactor.redact(outcome.text()));
        return new StepResult(outcome.status(), outcome.status() == Status.SUCCEEDED ? 0 : 1, output.text(),
                output.truncated(), Duration.ofNanos(System.nanoTime() - start));
    }

    private record Outcome(Status status, String text) {
    }

    private Outcome execute(Step.Redis step, Duration timeout) {
        String url = sources.redis().get(step.connection());
        if (url == null || url.isBlank()) {
            return new Outcome(Status.FAILED, "no Redis connection '" + step.connection()
                    + "' is configured; set tocsin.runbooks.redis." + step.connection() + " to a redis:// URL (known: "
                    + new TreeSet<>(sources.redis().keySet()) + ")");
        }
        if (step.arguments().isEmpty()) {
            return new Outcome(Status.FAILED, "the step has no Redis command to send");
        }
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            return new Outcome(Status.FAILED, "tocsin.runbooks.redis." + step.connection()
                    + " is not a valid redis:// URL: " + e.getMessage());
        }
        int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
        List<String> args = step.arguments();
        try (Jedis jedis = new Jedis(uri, millis)) {
            Object reply = jedis.sendCommand(command(args.getFirst()),
                    args.subList(1, args.size()).toArray(String[]::new));
            return new Outcome(Status.SUCCEEDED, format(reply, ""));
        } catch (JedisDataException error) {
            return new Outcome(Status.FAILED, "(error) " + error.getMessage());
        } catch (JedisConnectionException e) {
            if (causedBy(e, SocketTimeoutException.class)) {
                return new Outcome(Status.TIMED_OUT, "no reply from Redis connection '" + step.connection()
                        + "' within " + OutputCap.describe(timeout) + "\n" + OutputCap.timedOut(timeout));
            }
            return new Outcome(Status.FAILED, "could not reach Redis connection '" + step.connection() + "' ("
                    + url + "): " + e.getMessage());
        } catch (JedisException | IllegalArgumentException e) {
            return new Outcome(Status.FAILED, "Redis connection '" + step.connection() + "' (" + url + "): "
                    + e.getMessage());
        }
    }

    /** Jedis's own command when it knows the name; any other name is sent as written (modules, new commands). */
    static ProtocolCommand command(String name) {
        try {
            return Protocol.Command.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            byte[] raw = name.getBytes(StandardCharsets.UTF_8);
            return () -> raw;
        }
    }

    /** A reply as redis-cli prints it: nested arrays indent under their number. */
    static String format(Object reply, String indent) {
        return switch (reply) {
            case null -> "(nil)";
            case Long n -> "(integer) " + n;
            case byte[] bytes -> new String(bytes, StandardCharsets.UTF_8);
            case Double d -> "(double) " + d;
            case Boolean b -> b ? "(true)" : "(false)";
            case JedisDataException error -> "(error) " + error.getMessage();
            case List<?> items -> items.isEmpty() ? "(empty array)" : numbered(items, indent);
            case Map<?, ?> map -> map.isEmpty() ? "(empty hash)"
                    : numbered(map.entrySet().stream().<Object>mapMulti((e, down) -> {
                        down.accept(e.getKey());
                        down.accept(e.getValue());
                    }).toList(), indent);
            default -> String.valueOf(reply);
        };
    }

    private static String numbered(List<?> items, String indent) {
        StringBuilder out = new StringBuilder();
        int width = String.valueOf(items.size()).length();
        for (int i = 0; i < items.size(); i++) {
            String number = String.format("%" + width + "d) ", i + 1);
            String inner = indent + " ".repeat(number.length());
            Object item = items.get(i);
            String text = item instanceof byte[] bytes ? quoted(new String(bytes, StandardCharsets.UTF_8))
                    : format(item, inner);
            out.append(i == 0 ? "" : "\n" + indent).append(number).append(text);
        }
        return out.toString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + "\"";
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
