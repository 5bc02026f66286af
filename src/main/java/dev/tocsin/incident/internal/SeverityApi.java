package dev.tocsin.incident.internal;

import dev.tocsin.catalog.Catalog;
import dev.tocsin.catalog.Organization;
import dev.tocsin.incident.Severity;
import dev.tocsin.incident.SeverityPolicy;
import dev.tocsin.platform.Problem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/severities")
@SecurityRequirement(name = "bearer")
class SeverityApi {

    private final SeverityPolicy policy;
    private final Catalog catalog;

    SeverityApi(SeverityPolicy policy, Catalog catalog) {
        this.policy = policy;
        this.catalog = catalog;
    }

    /** {@code responseTime} is ISO-8601 (PT15M) or NEXT_BUSINESS_DAY; the label is for people. */
    record SeverityView(String organization, String code, String name, String definition, String responseTime,
            String responseTimeLabel, List<String> examples) {

        static SeverityView of(String organization, Severity s) {
            return new SeverityView(organization, s.code(), s.name(), s.definition(), s.responseTime().code(),
                    s.responseTime().label(), s.examples());
        }
    }

    @GetMapping
    @Operation(summary = "Severity policies, P1 first, of every organization or of one")
    List<SeverityView> severities(@RequestParam(required = false) String organization) {
        List<Organization> organizations = organization == null ? catalog.organizations()
                : List.of(catalog.organization(organization)
                        .orElseThrow(() -> Problem.notFound("Organization", organization)));
        return organizations.stream()
                .flatMap(o -> policy.severities(o.slug()).stream().map(s -> SeverityView.of(o.slug(), s)))
                .toList();
    }
}
