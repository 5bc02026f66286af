package dev.tocsin.alert.internal;

import dev.tocsin.alert.Alert;
import dev.tocsin.alert.Silence;
import dev.tocsin.alert.Silences;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SecurityRequirement(name = "bearer")
class AlertApi {

    private final AlertRepository alerts;
    private final Silences silences;

    AlertApi(AlertRepository alerts, Silences silences) {
        this.alerts = alerts;
        this.silences = silences;
    }

    @GetMapping("/api/v1/alerts")
    @Operation(summary = "Alerts, newest first (by when they first fired), or those of one incident")
    List<Alert> alerts(@RequestParam(required = false) UUID incident) {
        return incident == null ? alerts.latest(200) : alerts.forIncident(incident);
    }

    record NewSilence(@NotNull Silence.Kind kind, String comment, Map<String, String> matchers, List<String> services,
            Instant startsAt, @NotNull Instant endsAt) {
    }

    @PostMapping("/api/v1/silences")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Silence or maintenance window: matching alerts are recorded but open no incident")
    Silence silence(@Valid @RequestBody NewSilence request, Principal principal) {
        return silences.create(request.kind(), request.comment(), request.matchers() == null ? Map.of()
                : request.matchers(), request.services() == null ? List.of() : request.services(), request.startsAt(),
                request.endsAt(), principal.getName());
    }

    @GetMapping("/api/v1/silences")
    @Operation(summary = "Silences running or yet to come, then the last twenty that ended")
    List<Silence> silences() {
        return silences.recent();
    }

    @DeleteMapping("/api/v1/silences/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End a silence now")
    void end(@PathVariable UUID id) {
        silences.end(id);
    }
}
