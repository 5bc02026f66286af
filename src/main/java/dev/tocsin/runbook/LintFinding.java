package dev.tocsin.runbook;

/**
 * Something in a runbook that would let its readers down in an incident: {@code rule} names it
 * ({@code placeholder}, {@code no-real-contact}, {@code stale}, {@code unknown-datasource},
 * {@code unknown-connection}, {@code no-diagnosis}), {@code where} says where (a line, a
 * scenario, a step), {@code message} what to fix.
 */
public record LintFinding(String rule, String where, String message) {
}
