package dev.tocsin.escalation.internal;

import dev.tocsin.catalog.Catalog;
import dev.tocsin.catalog.Service;
import dev.tocsin.escalation.EscalationLevel;
import dev.tocsin.escalation.EscalationTarget;
import dev.tocsin.escalation.StoredEscalationPolicy;
import dev.tocsin.escalation.Trigger;
import dev.tocsin.identity.People;
import dev.tocsin.incident.Severity;
import dev.tocsin.incident.SeverityPolicy;
import dev.tocsin.oncall.Layer;
import dev.tocsin.oncall.Schedules;
import dev.tocsin.platform.Problem;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a policy names must exist when it is saved over the API: its organization, its services
 * (of that organization), and every schedule and layer, person, team and severity its levels
 * name. A 422 names the first one that does not, and the field it is in.
 */
@Component
public class EscalationReferences {

    private final Catalog catalog;
    private final People people;
    private final Schedules schedules;
    private final SeverityPolicy severities;

    EscalationReferences(Catalog catalog, People people, Schedules schedules, SeverityPolicy severities) {
        this.catalog = catalog;
        this.people = people;
        this.schedules = schedules;
        this.severities = severities;
    }

    public void require(StoredEscalationPolicy stored) {
        String organization = stored.organization();
        catalog.requireOrganization(organization);
        for (int i = 0; i < stored.services().size(); i++) {
            String field = "services[" + i + "]";
            String slug = stored.services().get(i);
            Optional<Service> service = catalog.service(slug);
            if (service.isEmpty() || !service.get().organization().equals(organization)) {
                throw Problem.invalid(field, field + ": organization " + organization + " has no service '" + slug
                        + "'; its services are " + catalog.services().stream()
                                .filter(s -> s.organization().equals(organization)).map(Service::slug).toList() + ".");
            }
        }
        List<String> codes = severities.severities(organization).stream().map(Severity::code).toList();
        List<EscalationLevel> levels = stored.policy().levels();
        for (int l = 0; l < levels.size(); l++) {
            for (int t = 0; t < levels.get(l).targets().size(); t++) {
                require("levels[" + l + "].targets[" + t + "]", levels.get(l).targets().get(t));
            }
            for (int t = 0; t < levels.get(l).triggers().size(); t++) {
                Trigger trigger = levels.get(l).triggers().get(t);
                for (String code : trigger.severities()) {
                    if (!codes.contains(code)) {
                        String field = "levels[" + l + "].triggers[" + t + "].severities";
                        throw Problem.invalid(field, field + ": organization " + organization + " has no severity '"
                                + code + "'; use one of " + codes + ".");
                    }
                }
            }
        }
    }

    private void require(String field, EscalationTarget target) {
        switch (target) {
            case EscalationTarget.Person p -> people.requirePerson(field + ".username", p.username());
            case EscalationTarget.Team t when people.team(t.slug()).isEmpty() ->
                    throw Problem.invalid(field + ".team", field + ".team: there is no team '" + t.slug()
                            + "'; create it first (POST /api/v1/teams).");
            case EscalationTarget.OnCall o -> requireLayer(field, o);
            default -> {
            }
        }
    }

    private void requireLayer(String field, EscalationTarget.OnCall target) {
        var schedule = schedules.schedule(target.schedule()).orElseThrow(() -> Problem.invalid(field + ".schedule",
                field + ".schedule: there is no schedule '" + target.schedule()
                        + "'; create it first (POST /api/v1/schedules)."));
        List<String> layers = schedule.schedule().layers().stream().map(Layer::name).toList();
        if (!layers.contains(target.layer())) {
            throw Problem.invalid(field + ".layer", field + ".layer: schedule " + target.schedule() + " has no layer '"
                    + target.layer() + "'; its layers are " + layers + ".");
        }
    }
}
