/**
 * On-call schedules: layers (primary, secondary, backup, as in the seed runbooks' contact
 * tables), each with a rotation, optional time restrictions, and overrides on top; and
 * {@link dev.tocsin.oncall.OnCallCalculator}, pure code that says who is on call at an instant
 * and lists every shift in a range; {@link dev.tocsin.oncall.Schedules} stores schedules (from the
 * organization folders and the API) and the read API shows who is on call. The semantics are in docs/oncall.md.
 */
@org.springframework.modulith.ApplicationModule(displayName = "On-call schedules")
package dev.tocsin.oncall;
