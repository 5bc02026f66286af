package dev.tocsin.escalation.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.escalation.Trigger;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TriggerWordsTest {

    @Test
    void the_seeds_triggers_read_as_the_matrix_says_them() {
        assertThat(TriggerWords.describe(Trigger.always())).isEqualTo("every incident, at once");
        assertThat(TriggerWords.describe(Trigger.afterUnresolved(Duration.ofMinutes(30), "P2", "P1")))
                .isEqualTo("P1 or P2 unresolved for 30 min");
        assertThat(TriggerWords.describe(Trigger.afterUnresolved(Duration.ofHours(1), "P1")))
                .isEqualTo("P1 unresolved for 1 h");
        assertThat(TriggerWords.describe(Trigger.onCustomerImpact())).isEqualTo("customer impact");
        assertThat(TriggerWords.describe(Trigger.onExternalServiceAffected())).isEqualTo("an external service affected");
        assertThat(TriggerWords.describe(Trigger.afterUnacknowledged(Duration.ofMinutes(45))))
                .isEqualTo("unacknowledged for 45 min");
    }

    @Test
    void conditions_after_severities_read_as_one_sentence() {
        assertThat(TriggerWords.describe(Trigger.onResponseTargetMissed("P1"))).isEqualTo("P1 with its response target missed");
        assertThat(TriggerWords.describe(new Trigger(Set.of("P1", "P2", "P3"), Duration.ofMinutes(90), null, false,
                true, false))).isEqualTo("P1, P2 or P3 unacknowledged for 1 h 30 min and with customer impact");
        assertThat(TriggerWords.describe(new Trigger(Set.of("P4"), null, null, false, false, false)))
                .isEqualTo("P4, at once");
        assertThat(TriggerWords.duration(Duration.ofDays(2))).isEqualTo("2 days");
    }
}
