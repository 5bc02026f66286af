package dev.tocsin.incident;

import dev.tocsin.incident.internal.SeverityRepository;
import dev.tocsin.platform.Problem;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each organization's severity table: P1..P4 by default, replaceable from its folder. */
@Component
public class SeverityPolicy {

    private final SeverityRepository repository;

    SeverityPolicy(SeverityRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public void replace(String organization, List<Severity> severities) {
        repository.replace(organization, severities);
    }

    public List<Severity> severities(String organization) {
        return repository.findAll(organization);
    }

    public Severity require(String organization, String code) {
        return repository.find(organization, code).orElseThrow(() -> Problem.invalid("severity",
                "Unknown severity '" + code + "' for organization '" + organization + "'; use one of "
                        + severities(organization).stream().map(Severity::code).toList() + "."));
    }
}
