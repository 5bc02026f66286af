package dev.tocsin.runbook.internal.run;

import dev.tocsin.runbook.Step;
import dev.tocsin.runbook.internal.run.StepResult.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs shell steps with bash: kubectl, log greps, anything a runbook writes that is not HTTP, SQL
 * or Redis. Off unless the operator turns it on, since it runs whatever the runbook says with the
 * server's own rights. A step that outlives its timeout is killed with everything it started.
 */
@Component
public class ShellExecutor implements StepExecutor {

    /** Read past the cap so a secret straddling it is still whole when redacted, then cut. */
    private static final int REDACTION_MARGIN = 4096;
    /** How long the output pipe may stay open after bash ended: a background child can hold it. */
    private static final Duration DRAIN_GRACE = Duration.ofSeconds(2);

    private final Redactor redactor;
    private final boolean enabled;

    public ShellExecutor(Redactor redactor, @Value("${tocsin.runbooks.shell.enabled:false}") boolean enabled) {
        this.redactor = redactor;
        this.enabled = enabled;
    }

    @Override
    public String type() {
        return "shell";
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    public StepResult run(Step step, boolean writable) {
        if (!(step instanceof Step.Shell shell)) {
            throw new IllegalArgumentException("the shell executor runs shell steps, not " + step.type());
        }
        long start = System.nanoTime();
        if (!enabled) {
            return new StepResult(Status.FAILED, 1, "shell steps are disabled on this server; set "
                    + "tocsin.runbooks.shell.enabled=true to let Tocsin run bash", false, since(start));
        }
        Duration timeout = step.basics().timeout();
        OutputCap raw = new OutputCap(OutputCap.DEFAULT_LIMIT + REDACTION_MARGIN);
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder("bash", "-c", shell.script()).redirectErrorStream(true);
            WithheldVariables.removeFrom(builder.environment());
            process = builder.start();
            process.getOutputStream().close(); // stdin closed: a command waiting for input ends instead of hanging
        } catch (IOException e) {
            return new StepResult(Status.FAILED, 127, "could not start bash: " + e.getMessage(), false, since(start));
        }
        Thread reader = Thread.ofVirtual().name("shell-step-output").start(() -> drain(process.getInputStream(), raw));
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        if (!finished) {
            killTree(process);
        }
        joinQuietly(reader);
        OutputCap output = OutputCap.of(redactor.redact(raw.text()));
        String text = output.text();
        if (!finished) {
            // after the cap, so a flood of output cannot push the reason out of sight
            text = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + OutputCap.timedOut(timeout);
        }
        int exit = process.isAlive() ? -1 : process.exitValue();
        Status status = !finished ? Status.TIMED_OUT : exit == 0 ? Status.SUCCEEDED : Status.FAILED;
        return new StepResult(status, exit, text, raw.truncated() || output.truncated(), since(start));
    }

    /** Reads to the end, keeping what the cap allows: a full pipe would otherwise block the command. */
    private static void drain(InputStream stream, OutputCap into) {
        char[] buffer = new char[8192];
        try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                into.append(buffer, 0, n);
            }
        } catch (IOException closed) {
            // the process is gone; what was read is the output
        }
    }

    /**
     * Kills the children before bash: once bash is gone they would belong to init, out of reach of
     * {@code descendants()}, and keep running (a {@code kubectl logs -f} forever). Waiting for them
     * lets bash reap them, and a second look catches what a loop started meanwhile.
     */
    private static void killTree(Process process) {
        for (int round = 0; round < 3; round++) {
            List<ProcessHandle> descendants = process.descendants().toList();
            if (descendants.isEmpty()) {
                break;
            }
            descendants.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle child : descendants) {
                try {
                    child.onExit().get(1, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    // SIGKILL cannot be refused; one still listed is a zombie its parent has not reaped yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread reader) {
        try {
            reader.join(DRAIN_GRACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
