package dev.tocsin.runbook.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.runbook.RunbookSources;
import dev.tocsin.runbook.Step;
import dev.tocsin.runbook.StepKind;
import dev.tocsin.runbook.internal.run.StepResult.Status;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs shell steps with the real bash. */
class ShellExecutorTest {

    private final Redactor redactor = new Redactor(new RunbookSources(
            Map.of("crm", new RunbookSources.DataSource("jdbc:postgresql://db/crm", "readonly", "pw-123")), Map.of()));
    private final ShellExecutor enabled = new ShellExecutor(redactor, true);

    @Test
    void is_off_unless_the_operator_turns_it_on() {
        StepResult result = new ShellExecutor(redactor, false).run(shell("echo hello", 5), false);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.output()).isEqualTo("shell steps are disabled on this server; "
                + "set tocsin.runbooks.shell.enabled=true to let Tocsin run bash");
    }

    @Test
    void succeeds_on_exit_zero_with_stdout_and_stderr() {
        StepResult result = enabled.run(shell("echo out; echo err >&2", 5), false);

        assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).isEqualTo("out\nerr\n");
        assertThat(result.duration().isNegative()).isFalse();
    }

    @Test
    void the_exit_code_is_the_processes() {
        StepResult result = enabled.run(shell("echo hello; exit 3", 5), false);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.output()).isEqualTo("hello\n");
    }

    @Test
    void stdin_is_closed_so_a_command_reading_it_ends() {
        StepResult result = enabled.run(shell("cat; echo done", 5), false);

        assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(result.output()).isEqualTo("done\n");
    }

    @Test
    void a_step_past_its_timeout_is_killed_with_what_it_started() {
        StepResult result = enabled.run(shell("echo $$; sleep 30 & child=$!; echo $child; wait", 1), false);

        assertThat(result.status()).isEqualTo(Status.TIMED_OUT);
        String[] lines = result.output().split("\n");
        assertThat(lines[lines.length - 1]).isEqualTo("timed out after 1s");
        assertGone(Long.parseLong(lines[0]));
        assertGone(Long.parseLong(lines[1]));
    }

    @Test
    void a_plain_sleep_past_its_timeout_is_gone_too() {
        StepResult result = enabled.run(shell("echo $$; sleep 30", 1), false);

        assertThat(result.status()).isEqualTo(Status.TIMED_OUT);
        assertThat(result.output()).endsWith("\ntimed out after 1s");
        assertGone(Long.parseLong(result.output().lines().findFirst().orElseThrow()));
    }

    @Test
    void output_past_64_kib_is_cut_and_marked() {
        StepResult result = enabled.run(shell("head -c 204800 /dev/zero | tr '\\0' x", 10), false);

        assertThat(result.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(result.truncated()).isTrue();
        assertThat(result.output()).hasSize(OutputCap.DEFAULT_LIMIT).matches("x+");
    }

    @Test
    void secrets_in_output_are_masked() {
        StepResult result = enabled.run(shell("echo connecting with pw-123; echo token=abc", 5), false);

        assertThat(result.output()).isEqualTo("connecting with ***\ntoken=***\n");
    }

    private static void assertGone(long pid) {
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("process %d", pid).isEmpty();
    }

    private static Step.Shell shell(String script, int timeoutSeconds) {
        return new Step.Shell(new Step.Basics("diagnosis-1", "shell", script, StepKind.DIAGNOSTIC, false,
                Duration.ofSeconds(timeoutSeconds)), script);
    }
}
