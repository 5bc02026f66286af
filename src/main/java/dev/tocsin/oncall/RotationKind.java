package dev.tocsin.oncall;

/**
 * How long each participant's turn lasts. DAILY and WEEKLY follow the wall clock of the
 * schedule's time zone (a turn across a daylight-saving change lasts 23 or 25 hours, or a week
 * one hour shorter or longer); HOURLY and CUSTOM are fixed elapsed durations.
 */
public enum RotationKind {
    HOURLY,
    DAILY,
    WEEKLY,
    /** A fixed elapsed length of the rotation's choosing, e.g. 12 hours. */
    CUSTOM
}
