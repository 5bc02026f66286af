package dev.tocsin.runbook.internal.policy;

import dev.tocsin.incident.Severity;
import dev.tocsin.incident.SeverityPolicy;
import dev.tocsin.platform.Problem;
import dev.tocsin.runbook.Runbooks;
import dev.tocsin.runbook.StoredRunbook;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A runbook's severity table, imported as its organization's severity policy (admin: it is its setup). */
@RestController
@SecurityRequirement(name = "bearer")
class PolicyImportApi {

    private final Runbooks runbooks;
    private final SeverityPolicy severities;

    PolicyImportApi(Runbooks runbooks, SeverityPolicy severities) {
        this.runbooks = runbooks;
        this.severities = severities;
    }

    /** As GET /api/v1/severities shows them: {@code responseTime} ISO-8601 or NEXT_BUSINESS_DAY, and a label. */
    record Imported(String code, String name, String definition, String responseTime, String responseTimeLabel,
            List<String> examples) {
    }

    @PostMapping("/api/v1/runbooks/{id}/import/severities")
    @Transactional
    @Operation(summary = "Replace the organization's severity policy with the runbook's severity table (admin)",
            description = "422 naming the row when a code or response time cannot be read; nothing changes then")
    List<Imported> importSeverities(@PathVariable String id) {
        StoredRunbook runbook = runbooks.find(id).orElseThrow(() -> Problem.notFound("Runbook", id));
        List<Severity> policy = SeverityTable.toPolicy(runbooks.parse(runbook).severities(),
                severities.severities(runbook.organization()));
        severities.replace(runbook.organization(), policy);
        return severities.severities(runbook.organization()).stream().map(s -> new Imported(s.code(), s.name(),
                s.definition(), s.responseTime().code(), s.responseTime().label(), s.examples())).toList();
    }
}
