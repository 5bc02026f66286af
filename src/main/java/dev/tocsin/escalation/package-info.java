/**
 * Escalation: policies of ordered levels, each with targets and the triggers that make it fall
 * due. {@link dev.tocsin.escalation.EscalationPlanner} is pure code: given an incident's facts
 * it says which levels are due and when the next one will be.
 * {@link dev.tocsin.escalation.EscalationPolicies} stores policies (from the organization folders and the API)
 * and which service uses which; the read API shows them. Durable timers fire each incident's levels
 * and announce them as {@link dev.tocsin.escalation.EscalationLevelReached}, for notifications.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Escalation")
package dev.tocsin.escalation;
