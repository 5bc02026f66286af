/**
 * Incidents: severity policy, the status workflow, roles, and the append-only, hash-chained
 * timeline ({@link dev.tocsin.incident.timeline}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incident")
package dev.tocsin.incident;
