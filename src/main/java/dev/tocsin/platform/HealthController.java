package dev.tocsin.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /health}, shaped like the seed BFF's: {@code {"status":"UP","checks":{...}}}. */
@RestController
class HealthController {

    private final List<HealthCheck> checks;

    HealthController(List<HealthCheck> checks) {
        this.checks = checks;
    }

    @GetMapping("/health")
    ResponseEntity<Map<String, Object>> health() {
        Map<String, Object> results = new LinkedHashMap<>();
        boolean allUp = true;
        for (HealthCheck check : checks) {
            CheckResult result = check.check();
            allUp &= result.up();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("status", result.status());
            entry.putAll(result.details());
            results.put(check.name(), entry);
        }
        return ResponseEntity.status(allUp ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(Map.of("status", allUp ? "UP" : "DOWN", "checks", results));
    }
}
