package dev.tocsin.config.internal;

import java.util.List;

/** The YAML files of one organization folder, as written by people (docs/configuration.md). */
final class OrganizationFiles {

    private OrganizationFiles() {
    }

    /** organization.yaml */
    record OrganizationFile(String slug, String name, String timeZone, BusinessHours businessHours) {
    }

    record BusinessHours(String start, String end) {
    }

    /** severities.yaml; responseTime is "15m", "1h", "24h", an ISO duration, or "next business day". */
    record SeveritiesFile(List<SeverityEntry> severities) {
    }

    record SeverityEntry(String code, String name, String definition, String responseTime, List<String> examples) {
    }

    /** people.yaml */
    record PeopleFile(List<PersonEntry> people) {
    }

    record PersonEntry(String username, String name, String title, String email, String phone, String chat,
            String timeZone, String role, List<ContactMethodEntry> contactMethods,
            List<NotificationRuleEntry> notificationRules) {
    }

    /** A way to page the person: {@code type} email, slack, teams, webhook, sms or voice. */
    record ContactMethodEntry(String type, String address, String label) {
    }

    /** {@code contactMethod} names one of the person's contact methods by its label, or by its type when unambiguous. */
    record NotificationRuleEntry(String delay, String contactMethod) {
    }

    /** teams.yaml */
    record TeamsFile(List<TeamEntry> teams) {
    }

    record TeamEntry(String slug, String name, String description, List<MemberEntry> members) {
    }

    record MemberEntry(String person, String role) {
    }

    /** services.yaml */
    record ServicesFile(List<ServiceEntry> services) {
    }

    record ServiceEntry(String slug, String name, String kind, String description, String ownerTeam,
            String healthUrl, VendorEntry vendor) {
    }

    record VendorEntry(String name, String contact, String email, String phone, String url) {
    }

    /** integrations.yaml; the key is given literally or, better, named by an environment variable. */
    record IntegrationsFile(List<IntegrationEntry> integrations) {
    }

    record IntegrationEntry(String service, String name, String key, String keyEnv,
            java.util.Map<String, String> severityMapping, String defaultSeverity, List<String> groupLabels,
            String groupWindow, Boolean autoResolve) {
    }

    /** schedules.yaml; times are local to the schedule's time zone, override bounds are instants. */
    record SchedulesFile(List<ScheduleEntry> schedules) {
    }

    record ScheduleEntry(String slug, String name, String timeZone, List<LayerEntry> layers,
            List<OverrideEntry> overrides) {
    }

    record LayerEntry(String name, String rotation, String length, String start, List<String> participants,
            List<RestrictionEntry> restrictions) {
    }

    record RestrictionEntry(List<String> days, String from, String until) {
    }

    record OverrideEntry(String layer, String person, String start, String end) {
    }

    /** escalation.yaml; durations are 15m, 1h or ISO-8601; each target names exactly one kind. */
    record EscalationFile(List<PolicyEntry> policies) {
    }

    record PolicyEntry(String slug, String name, List<String> services, List<EscalationLevelEntry> levels) {
    }

    record EscalationLevelEntry(String name, List<TargetEntry> targets, List<TriggerEntry> triggers) {
    }

    record TargetEntry(String schedule, String layer, String person, String team, Boolean vendorSupport) {
    }

    record TriggerEntry(Boolean always, List<String> severities, String unacknowledgedFor, String unresolvedFor,
            Boolean responseTargetMissed, Boolean customerImpact, Boolean externalServiceAffected) {
    }
}
