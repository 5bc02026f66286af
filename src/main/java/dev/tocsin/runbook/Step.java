package dev.tocsin.runbook;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One thing to do, read from a runbook: a command Tocsin can run (HTTP request, SQL, Redis
 * command, shell) or a checklist item a person ticks.
 */
public sealed interface Step permits Step.Http, Step.Sql, Step.Redis, Step.Shell, Step.Manual {

    Basics basics();

    /** The executor that runs it: {@code http}, {@code sql}, {@code redis}, {@code shell} or {@code manual}. */
    @JsonProperty("type")
    String type();

    /**
     * What every step has. {@code id} is stable while the runbook's text is ({@code diagnosis-1}),
     * {@code title} comes from the {@code #} comment above the command, {@code command} is the
     * text as written, and {@code destructive} steps run only after a second lead approves.
     */
    record Basics(String id, String title, String command, StepKind kind, boolean destructive, Duration timeout) {

        /** How long a step may run when its fence sets no (or no usable) timeout. */
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

        public Basics {
            timeout = timeout == null || !timeout.isPositive() ? DEFAULT_TIMEOUT : timeout;
        }
    }

    /** A curl line as a request; a {@code | jq '<filter>'} after it is what the answer must hold. */
    record Http(Basics basics, String method, String url, Map<String, String> headers, Optional<String> body,
            Optional<String> jqFilter) implements Step {
        public String type() {
            return "http";
        }
    }

    /** SQL on a named data source from configuration: read-only unless an approved remediation. */
    record Sql(Basics basics, String datasource, String sql) implements Step {
        public String type() {
            return "sql";
        }
    }

    /** A Redis command on a named connection: {@code ["LLEN", "crm-events"]}. */
    record Redis(Basics basics, String connection, List<String> arguments) implements Step {
        public Redis {
            arguments = List.copyOf(arguments);
        }

        public String type() {
            return "redis";
        }
    }

    /** Anything else in a shell block (kubectl, log greps): bash, when the operator enables it. */
    record Shell(Basics basics, String script) implements Step {
        public String type() {
            return "shell";
        }
    }

    /** A checklist item, or a command in a language Tocsin does not run (PromQL, Ruby): a person does it. */
    record Manual(Basics basics, String text) implements Step {
        public String type() {
            return "manual";
        }
    }
}
