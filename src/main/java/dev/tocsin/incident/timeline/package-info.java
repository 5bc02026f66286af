/**
 * The incident timeline: every change as an entry (who, when in UTC, what, before and after),
 * append-only and hash-chained so that evidence provably was not modified. Other modules
 * append through {@link dev.tocsin.incident.timeline.Timeline}.
 */
@org.springframework.modulith.NamedInterface("timeline")
package dev.tocsin.incident.timeline;
