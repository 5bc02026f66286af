package dev.tocsin.oncall.internal;

import dev.tocsin.catalog.Catalog;
import dev.tocsin.identity.People;
import dev.tocsin.oncall.Layer;
import dev.tocsin.oncall.Schedule;
import dev.tocsin.oncall.StoredSchedule;
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
        catalog.requireOrganization(stored.organization());
        Schedule schedule = stored.schedule();
        for (int l = 0; l < schedule.layers().size(); l++) {
            Layer layer = schedule.layers().get(l);
            for (int p = 0; p < layer.rotation().participants().size(); p++) {
                people.requirePerson("layers[" + l + "].participants[" + p + "]", layer.rotation().participants().get(p));
            }
        }
        for (int o = 0; o < schedule.overrides().size(); o++) {
            people.requirePerson("overrides[" + o + "].username", schedule.overrides().get(o).username());
        }
    }
}
