package dev.tocsin.runbook.internal.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which commands change or destroy something, whatever the runbook says: such a step runs only
 * after a second lead approves it. Errs on the side of asking: a write that only looks harmless
 * (a Redis SET, a SQL INSERT) still waits for approval.
 */
final class Destructive {

    private static final Set<String> REDIS = Set.of("FLUSHDB", "FLUSHALL", "DEL", "UNLINK", "SET", "SETEX", "PSETEX",
            "SETNX", "MSET", "GETDEL", "GETSET", "EXPIRE", "PEXPIRE", "EXPIREAT", "PERSIST", "RENAME", "LPOP", "RPOP",
            "LTRIM", "LREM", "LSET", "LPUSH", "RPUSH", "SREM", "SPOP", "ZREM", "HDEL", "HSET", "INCR", "DECR", "CONFIG",
            "SHUTDOWN", "SCRIPT", "FUNCTION", "CLIENT", "DEBUG", "MIGRATE", "MOVE", "RESTORE", "SWAPDB", "XDEL",
            "XTRIM");

    private static final Pattern SQL = Pattern.compile("(?i)\\b(update|delete|drop|truncate|alter|insert|create|grant"
            + "|revoke|vacuum|reindex|cluster|copy|pg_terminate_backend|pg_cancel_backend|pg_reload_conf)\\b");

    private static final Pattern SHELL = Pattern.compile("(?i)(rollout\\s+(restart|undo)|\\b(kubectl|oc)\\s+(.*\\s)?"
            + "(delete|scale|drain|cordon|patch|apply|replace|edit|annotate|label|set)\\b|\\bsystemctl\\s+(restart|stop"
            + "|kill|disable)\\b|\\bservice\\s+\\S+\\s+(restart|stop)\\b"
            + "|\\b(kill|pkill|killall|reboot|shutdown|halt)\\b"
            + "|\\brm\\s|\\bdocker\\s+(restart|stop|rm|kill)\\b|\\bhelm\\s+(uninstall|rollback|upgrade)\\b"
            + "|\\betcdctl\\s+(.*\\s)?(defrag|del|put|compact|alarm\\s+disarm)\\b|-ctl\\s+(restart|stop|kill)\\b"
            + "|\\bgitlab-rails\\s+runner\\b|\\bdd\\s)");

    private Destructive() {
    }

    static boolean redis(List<String> arguments) {
        return !arguments.isEmpty() && REDIS.contains(arguments.getFirst().toUpperCase(Locale.ROOT));
    }

    static boolean sql(String sql) {
        return SQL.matcher(withoutComments(sql)).find();
    }

    /** A shell line, with the SQL it hands psql and the command it hands redis-cli judged as such. */
    static boolean shell(String command) {
        if (SHELL.matcher(command).find()) {
            return true;
        }
        List<String> words = ShellWords.split(command);
        if (words.contains("psql") && sql(command.substring(command.indexOf("psql")))) {
            return true;
        }
        int redisCli = words.indexOf("redis-cli");
        return redisCli >= 0 && words.subList(redisCli + 1, words.size()).stream()
                .anyMatch(w -> REDIS.contains(w.toUpperCase(Locale.ROOT)));
    }

    static boolean http(String method) {
        return "DELETE".equals(method);
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\\n]*", " ").replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("'[^']*'", "''");
    }
}
