package dev.tocsin.notify.slack;

import dev.tocsin.incident.Incident;
import dev.tocsin.incident.IncidentDeclared;
import dev.tocsin.incident.IncidentSeverityChanged;
import dev.tocsin.incident.IncidentStatusChanged;
import dev.tocsin.incident.Incidents;
import dev.tocsin.notify.slack.SlackIncidentChannels.IncidentFacts;
import dev.tocsin.notify.spi.SendOutcome;
import dev.tocsin.notify.spi.SendOutcome.Failed;
import dev.tocsin.platform.TryAgainLater;
import dev.tocsin.platform.Wire;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Follows severe incidents into Slack once their change is committed: a channel when one is
 * declared or raised to a severe severity, a thread reply for each later status or severity
 * change. A temporary Slack failure is thrown, so the event stays incomplete in the publication
 * registry to be sent again; a permanent one (token, scopes) is logged for the operator.
 */
class SlackIncidentListener {

    private static final Logger log = LoggerFactory.getLogger(SlackIncidentListener.class);

    private final SlackIncidentChannels channels;
    private final Incidents incidents;

    SlackIncidentListener(SlackIncidentChannels channels, Incidents incidents) {
        this.channels = channels;
        this.incidents = incidents;
    }

    @ApplicationModuleListener
    void on(IncidentDeclared declared) {
        facts(declared.incidentId()).flatMap(channels::open).ifPresent(outcome -> check(outcome, declared.reference()));
    }

    @ApplicationModuleListener
    void on(IncidentSeverityChanged changed) {
        Optional<SendOutcome> threaded = channels.update(changed.incidentId(),
                "Severity changed from " + changed.from() + " to " + changed.to() + ".");
        threaded.or(() -> facts(changed.incidentId()).flatMap(channels::open))
                .ifPresent(outcome -> check(outcome, changed.incidentId().toString()));
    }

    @ApplicationModuleListener
    void on(IncidentStatusChanged changed) {
        String by = changed.actor() == null ? "" : " by " + changed.actor();
        channels.update(changed.incidentId(), "Status changed from " + Wire.name(changed.from()) + " to "
                + Wire.name(changed.to()) + by + ".").ifPresent(outcome -> check(outcome, changed.incidentId().toString()));
    }

    private Optional<IncidentFacts> facts(UUID id) {
        return incidents.find(id.toString()).map(SlackIncidentListener::facts);
    }

    private static IncidentFacts facts(Incident incident) {
        return new IncidentFacts(incident.id(), incident.number(), incident.reference(), incident.title(),
                incident.severity(), Wire.name(incident.status()));
    }

    private static void check(SendOutcome outcome, String incident) {
        if (outcome instanceof Failed failed) {
            if (!failed.permanent()) {
                throw new TryAgainLater("Slack for " + incident + ": " + failed.reason());
            }
            log.warn("Slack for {} failed and will not be tried again: {}", incident, failed.reason());
        }
    }
}
