package dev.tocsin.catalog;

import java.time.LocalTime;
import java.time.ZoneId;

/** A tenant-like grouping of services, people and a severity policy, loaded from one folder. */
public record Organization(String slug, String name, ZoneId timeZone, LocalTime businessDayStart,
        LocalTime businessDayEnd) {
}
