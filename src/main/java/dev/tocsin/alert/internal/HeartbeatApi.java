package dev.tocsin.alert.internal;

import dev.tocsin.alert.Heartbeat;
import dev.tocsin.alert.Heartbeats;
import dev.tocsin.alert.IssuedHeartbeat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class HeartbeatApi {

    private final Heartbeats heartbeats;

    HeartbeatApi(Heartbeats heartbeats) {
        this.heartbeats = heartbeats;
    }

    /** {@code interval} is ISO-8601 (PT5M); {@code severity} is the incident's when it goes quiet (P2). */
    record NewHeartbeat(@NotBlank String service, @NotBlank @Size(max = 80) String name, @NotNull Duration interval,
            String severity) {
    }

    @PostMapping("/api/v1/heartbeats")
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Create a heartbeat monitor; the answer holds its key, shown once")
    IssuedHeartbeat create(@Valid @RequestBody NewHeartbeat request, Principal principal) {
        return heartbeats.create(request.service(), request.name(), request.interval(), request.severity(),
                principal.getName());
    }

    @GetMapping("/api/v1/heartbeats")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Heartbeats with their state and when each is next due")
    List<Heartbeat> list() {
        return heartbeats.list();
    }

    @PostMapping("/api/v1/heartbeats/{key}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "A ping, authenticated by the heartbeat's key: curl -fsS -X POST .../api/v1/heartbeats/KEY")
    Heartbeat ping(@PathVariable String key) {
        return heartbeats.ping(key);
    }
}
