package dev.tocsin.notify.internal.ack;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.tocsin.incident.Incident;
import dev.tocsin.incident.IncidentView;
import dev.tocsin.platform.Problem;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Acknowledge links for chat integrations (a Slack or Teams button posts the link's token): the
 * same check and action as the page, answered in JSON. No bearer token: the signed token is the
 * credential, and the chat platform's server holds no Tocsin token.
 */
@RestController
class AcknowledgeApi {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final AcknowledgeLinks links;

    AcknowledgeApi(AcknowledgeLinks links) {
        this.links = links;
    }

    /** The incident as GET /api/v1/incidents/{id} shows it, and what this call found or did. */
    record Answer(@JsonUnwrapped IncidentView incident, Acknowledgement acknowledgement) {
    }

    /**
     * {@code outcome}: acknowledged (by this call), already_acknowledged or already_resolved; {@code by}
     * and {@code at}: who first moved the incident out of triggered, and when.
     */
    record Acknowledgement(String outcome, String by, Instant at) {
    }

    @PostMapping("/api/v1/acknowledge/{token}")
    @Operation(summary = "Acknowledge an incident with an acknowledge link's token",
            description = "No bearer token: the signed token names the incident and the person. 200 also when "
                    + "already acknowledged or resolved (see acknowledgement.outcome); 403 invalid-acknowledge-link, "
                    + "410 expired-acknowledge-link")
    Answer acknowledge(@PathVariable String token) {
        return switch (links.acknowledge(token)) {
            case LinkState.Invalid invalid -> throw invalid();
            case LinkState.Expired expired -> throw expired(expired.expired());
            case LinkState.Acknowledged done -> answer(done.incident(), "acknowledged", done.actor(), done.at());
            case LinkState.AlreadyAcknowledged already ->
                    answer(already.incident(), "already_acknowledged", already.by(), already.at());
            case LinkState.Finished finished ->
                    answer(finished.incident(), "already_resolved", finished.by(), finished.at());
            case LinkState.Open open -> throw new IllegalStateException("acknowledge() leaves no incident triggered");
        };
    }

    private static Answer answer(Incident incident, String outcome, String by, Instant at) {
        return new Answer(IncidentView.of(incident), new Acknowledgement(outcome, by, at));
    }

    static Problem invalid() {
        return new Problem(HttpStatus.FORBIDDEN, "invalid-acknowledge-link", "Invalid acknowledge link",
                "This link is not valid: it was altered, is not a Tocsin acknowledge link, or names someone who is "
                        + "no longer a user. Open the incident in Tocsin and acknowledge there.", Map.of());
    }

    static Problem expired(Instant expired) {
        return new Problem(HttpStatus.GONE, "expired-acknowledge-link", "Expired acknowledge link",
                "This link expired at " + UTC.format(expired) + "; open the incident in Tocsin and acknowledge "
                        + "there.", Map.of("expiredAt", expired.toString()));
    }
}
