package dev.tocsin.oncall;

import java.util.Objects;

/**
 * A schedule as Tocsin keeps it: named by a slug unique across organizations (as services and
 * teams are), and belonging to one organization.
 */
public record StoredSchedule(String slug, String organization, Schedule schedule) {

    public StoredSchedule {
        if (slug == null || !slug.matches("[a-z0-9][a-z0-9-]*") || slug.length() > 64) {
            throw new IllegalArgumentException("A schedule slug must be 1-64 lowercase letters, digits and dashes; got '"
                    + slug + "'.");
        }
        Objects.requireNonNull(organization, "Schedule '" + slug + "' needs an organization.");
        Objects.requireNonNull(schedule, "Schedule '" + slug + "' needs its layers.");
    }
}
