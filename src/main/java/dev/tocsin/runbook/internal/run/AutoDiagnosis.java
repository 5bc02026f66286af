package dev.tocsin.runbook.internal.run;

import dev.tocsin.incident.IncidentDeclared;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When an incident opens, the scenarios written for its services or named by its alerts are
 * attached and their diagnosis runs, so the results are on the incident page before a person opens it. After the
 * commit, from the event outbox: a crash before it finishes runs it again at the next resubmission
 * (attaching twice is a no-op; a diagnosis run twice is two runs, both kept). Off with
 * {@code tocsin.runbooks.auto-diagnosis=false}: scenarios are then attached and run by hand.
 */
@Component
@ConditionalOnProperty(name = "tocsin.runbooks.auto-diagnosis", havingValue = "true", matchIfMissing = true)
class AutoDiagnosis {

    private final Playbooks playbooks;

    AutoDiagnosis(Playbooks playbooks) {
        this.playbooks = playbooks;
    }

    /** Not an application module listener: that would hold one transaction around every command it runs. */
    @Async
    @TransactionalEventListener
    void on(IncidentDeclared declared) {
        playbooks.attachMatching(declared.incidentId(), declared.organization(), declared.services())
                .forEach(attached -> playbooks.diagnose(declared.incidentId(), attached));
    }
}
