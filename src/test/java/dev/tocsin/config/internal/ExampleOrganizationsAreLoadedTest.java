package dev.tocsin.config.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.catalog.Catalog;
import dev.tocsin.catalog.Service;
import dev.tocsin.escalation.EscalationPolicies;
import dev.tocsin.escalation.StoredEscalationPolicy;
import dev.tocsin.identity.People;
import dev.tocsin.incident.SeverityPolicy;
import dev.tocsin.oncall.Schedules;
import dev.tocsin.support.TocsinTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ExampleOrganizationsAreLoadedTest extends TocsinTest {

    @Autowired
    Catalog catalog;
    @Autowired
    People people;
    @Autowired
    SeverityPolicy severities;
    @Autowired
    OrganizationLoader loader;
    @Autowired
    Schedules schedules;
    @Autowired
    EscalationPolicies policies;

    @Test
    void both_seed_organizations_are_loaded_with_their_services_people_and_teams() {
        assertThat(catalog.organizations()).extracting(o -> o.slug()).containsExactly("crm-platform", "customer-portal");
        assertThat(catalog.services()).extracting(Service::slug).contains("portal-bff", "salesforce", "whmcs", "freebit",
                "portal-redis", "portal-postgresql", "crm-backend", "crm-worker", "crm-events", "crm-postgresql",
                "social-publishing");
        assertThat(catalog.services()).filteredOn(Service::external).extracting(Service::slug)
                .containsExactlyInAnyOrder("salesforce", "whmcs", "freebit");
        assertThat(catalog.service("whmcs").orElseThrow().vendorSupport().contact())
                .isEqualTo("Hosting provider support desk");
        assertThat(people.team("portal-engineering").orElseThrow().members()).extracting(m -> m.role())
                .contains("Primary On-Call", "Secondary On-Call", "Engineering Lead", "Engineering Manager");
        assertThat(people.team("crm-devops")).isPresent();
        assertThat(people.person("nina.petrova").orElseThrow().title()).isEqualTo("Platform lead");
    }

    @Test
    void the_example_integration_keys_take_alerts() {
        var response = api(null).postAuthorized("/api/v1/integrations/example-portal-redis-alertmanager-key/alertmanager",
                """
                {"version": "4", "status": "firing", "alerts": [{"status": "firing", "fingerprint": "example",
                 "labels": {"alertname": "RedisDown", "severity": "critical"}}]}""", null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(api().get("/api/v1/integrations").body()).contains("uptime-checks").contains("grafana")
                .doesNotContain("example-portal-redis-alertmanager-key");
    }

    @Test
    void applying_the_folders_again_changes_nothing() {
        var servicesBefore = catalog.services();
        var peopleBefore = people.people();
        var teamsBefore = people.teams();
        var policyBefore = severities.severities("crm-platform");
        var schedulesBefore = schedules.schedules();
        var policiesBefore = policies.all();

        loader.load();

        assertThat(catalog.services()).isEqualTo(servicesBefore);
        assertThat(people.people()).isEqualTo(peopleBefore);
        assertThat(people.teams()).isEqualTo(teamsBefore);
        assertThat(severities.severities("crm-platform")).isEqualTo(policyBefore);
        assertThat(schedules.schedules()).isEqualTo(schedulesBefore)
                .extracting(s -> s.slug()).contains("crm-on-call", "portal-on-call");
        assertThat(policies.all()).isEqualTo(policiesBefore)
                .extracting(StoredEscalationPolicy::slug).contains("crm-platform", "customer-portal");
        assertThat(policies.forService("crm-worker").orElseThrow().slug()).isEqualTo("crm-platform");
    }
}
