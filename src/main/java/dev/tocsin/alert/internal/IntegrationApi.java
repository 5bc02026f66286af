package dev.tocsin.alert.internal;

import dev.tocsin.alert.Integration;
import dev.tocsin.alert.IntegrationSettings;
import dev.tocsin.alert.Integrations;
import dev.tocsin.alert.IssuedIntegration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Integrations, admin only. The key is in the 201 answer and nowhere else. */
@RestController
@RequestMapping("/api/v1/integrations")
@SecurityRequirement(name = "bearer")
class IntegrationApi {

    private final Integrations integrations;

    IntegrationApi(Integrations integrations) {
        this.integrations = integrations;
    }

    /**
     * {@code severityMapping} adds to or overrides the default (critical P1, error/high P2,
     * warning P3, info/low P4, Opsgenie P1–P5); {@code groupWindow} is ISO-8601, e.g. PT1H.
     */
    record NewIntegration(@NotBlank String service, @NotBlank @Size(max = 100) String name,
            Map<String, String> severityMapping, String defaultSeverity, List<String> groupLabels,
            Duration groupWindow, Boolean autoResolve) {

        IntegrationSettings settings() {
            return new IntegrationSettings(severityMapping == null ? Map.of() : severityMapping, defaultSeverity,
                    groupLabels == null ? List.of() : groupLabels, groupWindow, Boolean.TRUE.equals(autoResolve));
        }
    }

    @PostMapping
    @Operation(summary = "Create an integration for a service; the answer holds its key, shown once")
    ResponseEntity<IssuedIntegration> create(@Valid @RequestBody NewIntegration request, Principal principal) {
        IssuedIntegration issued = integrations.create(request.service(), request.name(), request.settings(),
                principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/integrations/" + issued.integration().id())).body(issued);
    }

    @GetMapping
    @Operation(summary = "All integrations (never their keys)")
    List<Integration> list() {
        return integrations.list();
    }
}
