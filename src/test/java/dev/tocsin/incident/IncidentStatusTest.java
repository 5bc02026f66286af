package dev.tocsin.incident;

import static dev.tocsin.incident.IncidentStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class IncidentStatusTest {

    @Test
    void the_seed_workflow_moves_forward_from_triggered_to_closed() {
        assertThat(TRIGGERED.canMoveTo(ACKNOWLEDGED)).isTrue();
        assertThat(ACKNOWLEDGED.canMoveTo(INVESTIGATING)).isTrue();
        assertThat(INVESTIGATING.canMoveTo(IDENTIFIED)).isTrue();
        assertThat(IDENTIFIED.canMoveTo(MONITORING)).isTrue();
        assertThat(MONITORING.canMoveTo(RESOLVED)).isTrue();
        assertThat(RESOLVED.canMoveTo(CLOSED)).isTrue();
    }

    @Test
    void closing_needs_a_resolution_first_and_closed_is_final() {
        for (IncidentStatus status : EnumSet.range(TRIGGERED, MONITORING)) {
            assertThat(status.canMoveTo(CLOSED)).as(status + " -> closed").isFalse();
        }
        assertThat(CLOSED.next()).isEmpty();
    }

    @Test
    void acknowledged_is_reached_only_from_triggered() {
        for (IncidentStatus status : IncidentStatus.values()) {
            assertThat(status.canMoveTo(ACKNOWLEDGED)).as(status + " -> acknowledged").isEqualTo(status == TRIGGERED);
        }
    }

    @Test
    void a_resolved_incident_can_be_reopened_and_a_failed_theory_goes_back_to_investigating() {
        assertThat(RESOLVED.canMoveTo(INVESTIGATING)).isTrue();
        assertThat(IDENTIFIED.canMoveTo(INVESTIGATING)).isTrue();
        assertThat(MONITORING.canMoveTo(INVESTIGATING)).isTrue();
        assertThat(INVESTIGATING.canMoveTo(TRIGGERED)).isFalse();
    }

    @Test
    void open_means_not_yet_resolved() {
        assertThat(IncidentStatus.openOnes()).containsExactly(TRIGGERED, ACKNOWLEDGED, INVESTIGATING, IDENTIFIED,
                MONITORING);
    }
}
