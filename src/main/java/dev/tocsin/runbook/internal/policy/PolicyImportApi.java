package dev.tocsin.runbook.internal.policy;

import dev.tocsin.catalog.Catalog;
import dev.tocsin.catalog.Service;
import dev.tocsin.escalation.EscalationPolicies;
import dev.tocsin.escalation.EscalationPolicy;
import dev.tocsin.escalation.StoredEscalationPolicy;
import dev.tocsin.identity.People;
import dev.tocsin.incident.Severity;
import dev.tocsin.incident.SeverityPolicy;
import dev.tocsin.oncall.Schedules;
import dev.tocsin.platform.Problem;
import dev.tocsin.runbook.Runbooks;
import dev.tocsin.runbook.StoredRunbook;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A runbook's severity table and escalation matrix, imported as its organization's severity and
 * escalation policies (admin: they are the organization's setup, as its folder is).
 */
@RestController
@SecurityRequirement(name = "bearer")
class PolicyImportApi {

    private final Runbooks runbooks;
    private final SeverityPolicy severities;
    private final EscalationPolicies policies;
    private final People people;
    private final Schedules schedules;
    private final Catalog catalog;

    PolicyImportApi(Runbooks runbooks, SeverityPolicy severities, EscalationPolicies policies, People people,
            Schedules schedules, Catalog catalog) {
        this.runbooks = runbooks;
        this.severities = severities;
        this.policies = policies;
        this.people = people;
        this.schedules = schedules;
        this.catalog = catalog;
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

    @PostMapping("/api/v1/runbooks/{id}/import/escalation")
    @Transactional
    @Operation(summary = "Make the runbook's escalation matrix its organization's escalation policy (admin)",
            description = "The policy with the organization's slug is replaced (it keeps its services and level "
                    + "names), or created for all the organization's services; 422 naming a row whose contact or "
                    + "condition cannot be read; nothing changes then")
    StoredEscalationPolicy importEscalation(@PathVariable String id) {
        StoredRunbook runbook = runbooks.find(id).orElseThrow(() -> Problem.notFound("Runbook", id));
        String organization = runbook.organization();
        Optional<StoredEscalationPolicy> current = policies.policy(organization);
        var directory = new EscalationTable.Directory(
                people.people().stream().filter(p -> organization.equals(p.organization())).toList(),
                people.teams().stream().filter(t -> organization.equals(t.organization())).toList(),
                schedules.schedules().stream().filter(s -> organization.equals(s.organization())).toList());
        EscalationPolicy policy = EscalationTable.toPolicy(organization, current.map(p -> p.policy().name())
                .orElse(catalog.requireOrganization(organization).name()), runbooks.parse(runbook).escalation(),
                directory, current.map(StoredEscalationPolicy::policy));
        List<String> services = current.map(StoredEscalationPolicy::services).orElseGet(() -> catalog.services()
                .stream().filter(s -> organization.equals(s.organization())).map(Service::slug).toList());
        policies.save(new StoredEscalationPolicy(organization, policy, services));
        return policies.policy(organization).orElseThrow();
    }
}
