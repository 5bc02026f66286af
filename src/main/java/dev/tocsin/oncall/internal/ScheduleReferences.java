package dev.tocsin.oncall.internal;

import dev.tocsin.catalog.Catalog;
import dev.tocsin.catalog.Organization;
import dev.tocsin.identity.People;
import dev.tocsin.oncall.Layer;
import dev.tocsin.oncall.Schedule;
import dev.tocsin.oncall.StoredSchedule;
import dev.tocsin.platform.Problem;
import org.springframework.stereotype.Component;

/**
 * What a schedule names must exist: its organization, and every participant and override person
 * as a user. The database would refuse them too, but as a conflict that names nothing.
 */
@Component
public class ScheduleReferences {

    private final Catalog catalog;
    private final People people;

    ScheduleReferences(Catalog catalog, People people) {
        this.catalog = catalog;
        this.people = people;
    }

    /** A 422 naming the first unknown reference and its field. */
    public void require(StoredSchedule stored) {
        if (catalog.organization(stored.organization()).isEmpty()) {
            throw Problem.invalid("organization", "organization: there is no organization '" + stored.organization()
                    + "'; use one of " + catalog.organizations().stream().map(Organization::slug).toList() + ".");
        }
        Schedule schedule = stored.schedule();
        for (int l = 0; l < schedule.layers().size(); l++) {
            Layer layer = schedule.layers().get(l);
            for (int p = 0; p < layer.rotation().participants().size(); p++) {
                requireUser("layers[" + l + "].participants[" + p + "]", layer.rotation().participants().get(p));
            }
        }
        for (int o = 0; o < schedule.overrides().size(); o++) {
            requireUser("overrides[" + o + "].username", schedule.overrides().get(o).username());
        }
    }

    private void requireUser(String field, String username) {
        if (people.person(username).isEmpty()) {
            throw Problem.invalid(field, field + ": there is no user '" + username
                    + "'; create them first (POST /api/v1/users).");
        }
    }
}
