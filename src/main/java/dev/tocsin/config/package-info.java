/**
 * Configuration as code: organization folders of YAML (organization, people, teams, services,
 * severities, integrations, schedules, escalation policies) read at start and applied idempotently.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Configuration as code")
package dev.tocsin.config;
