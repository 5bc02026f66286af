package dev.tocsin.escalation.internal.web;

import java.util.List;

/** An escalation policy as its page shows it: levels in order, each target and trigger in words. */
record PolicyView(String slug, String name, String organization, List<ServiceRef> services, List<LevelRow> levels) {

    record ServiceRef(String slug, String name, boolean external) {
    }

    /** {@code triggers} in words; the level falls due as soon as any one of them holds. */
    record LevelRow(int position, String name, List<TargetRow> targets, List<String> triggers) {
    }

    /**
     * Whom a target names, in words; {@code href} links to where it is defined (a schedule), and
     * {@code now} says whom it would reach now (an on-call layer), both null when they do not apply.
     */
    record TargetRow(String kind, String text, String href, String now) {
    }
}
