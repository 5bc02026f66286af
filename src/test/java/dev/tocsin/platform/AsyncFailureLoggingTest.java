package dev.tocsin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A temporary listener failure is one warning line; anything else keeps its stack trace. */
@ExtendWith(OutputCaptureExtension.class)
class AsyncFailureLoggingTest {

    void onIncidentDeclared() {
    }

    @Test
    void a_failure_that_passes_is_one_warning_line_and_a_bug_is_an_error_with_its_stack(CapturedOutput output)
            throws NoSuchMethodException {
        Method listener = AsyncFailureLoggingTest.class.getDeclaredMethod("onIncidentDeclared");

        AsyncFailureLogging.log(new TryAgainLater("Slack for INC-7: service_unavailable"), listener);
        assertThat(output.getOut()).contains("WARN").contains(
                "AsyncFailureLoggingTest.onIncidentDeclared failed, its event is resubmitted later: "
                        + "Slack for INC-7: service_unavailable");
        assertThat(output.getOut()).doesNotContain("at dev.tocsin");

        AsyncFailureLogging.log(new NullPointerException("a bug"), listener);
        assertThat(output.getOut()).contains("ERROR").contains("AsyncFailureLoggingTest.onIncidentDeclared failed")
                .contains("java.lang.NullPointerException: a bug").contains("at dev.tocsin");
    }
}
