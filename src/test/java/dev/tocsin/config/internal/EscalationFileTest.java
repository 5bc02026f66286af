package dev.tocsin.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tocsin.escalation.EscalationLevel;
import dev.tocsin.escalation.EscalationTarget.OnCall;
import dev.tocsin.escalation.EscalationTarget.Person;
import dev.tocsin.escalation.EscalationTarget.Team;
import dev.tocsin.escalation.EscalationTarget.VendorSupport;
import dev.tocsin.escalation.StoredEscalationPolicy;
import dev.tocsin.escalation.Trigger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** escalation.yaml: the shipped examples, every field, and mistakes named with the file and field to fix. */
class EscalationFileTest {

    @TempDir
    Path folder;

    @BeforeEach
    void acme() throws IOException {
        write("organization.yaml", "slug: acme\nname: Acme\n");
        write("people.yaml", """
                people:
                  - { username: ann, name: Ann }
                  - { username: bo, name: Bo }
                """);
        write("teams.yaml", """
                teams:
                  - { slug: ops, name: Ops, members: [{ person: bo }] }
                """);
        write("services.yaml", """
                services:
                  - { slug: shop, name: Shop }
                  - { slug: billing, name: Billing }
                """);
        write("schedules.yaml", """
                schedules:
                  - slug: acme-on-call
                    name: Acme on-call
                    layers:
                      - { name: primary, rotation: weekly, start: 2026-01-05T09:00, participants: [ann] }
                """);
    }

    @Test
    void the_shipped_folders_use_their_schedules_people_teams_and_every_service() {
        var portal = OrganizationFolder.read(Path.of("examples/customer-portal"), TestFolders::builtInSeverities);
        assertThat(portal.policies()).singleElement().satisfies(p -> {
            assertThat(p.slug()).isEqualTo("customer-portal");
            assertThat(p.organization()).isEqualTo("customer-portal");
            assertThat(p.services()).containsExactlyInAnyOrder("portal-bff", "portal-redis", "portal-postgresql",
                    "salesforce", "whmcs", "freebit");
            assertThat(p.policy().levels()).extracting(EscalationLevel::name).containsExactly("L1 on-call engineer",
                    "L2 tech lead", "L3 engineering manager", "L4 vendor support");
            assertThat(p.policy().levels().getFirst().targets()).containsExactly(new OnCall("portal-on-call", "primary"));
        });
        var crm = OrganizationFolder.read(Path.of("examples/crm-platform"), TestFolders::builtInSeverities);
        assertThat(crm.policies()).singleElement().satisfies(p -> {
            assertThat(p.services()).containsExactlyInAnyOrder("crm-backend", "crm-worker", "crm-events",
                    "crm-postgresql", "social-publishing");
            assertThat(p.policy().levels().get(3)).isEqualTo(new EscalationLevel("4 management",
                    List.of(new Team("crm-management")), List.of(Trigger.afterUnacknowledged(Duration.ofMinutes(45)))));
        });
    }

    @Test
    void every_field_is_read() throws IOException {
        write("escalation.yaml", """
                policies:
                  - slug: acme
                    name: Acme
                    services: [shop, billing]
                    levels:
                      - name: first
                        targets:
                          - { schedule: acme-on-call, layer: primary }
                          - person: ann
                          - team: ops
                          - vendorSupport: true
                        triggers:
                          - always: true
                      - name: second
                        targets: [{ person: bo }]
                        triggers:
                          - { severities: [P1, P2], unacknowledgedFor: 10m, unresolvedFor: PT2H }
                          - { responseTargetMissed: true, severities: [P1] }
                          - customerImpact: true
                          - externalServiceAffected: true
                """);
        StoredEscalationPolicy acme = OrganizationFolder.read(folder, TestFolders::builtInSeverities).policies().getFirst();
        assertThat(acme.organization()).isEqualTo("acme");
        assertThat(acme.policy().name()).isEqualTo("Acme");
        assertThat(acme.services()).containsExactly("shop", "billing");
        assertThat(acme.policy().levels()).containsExactly(
                new EscalationLevel("first", List.of(new OnCall("acme-on-call", "primary"), new Person("ann"),
                        new Team("ops"), new VendorSupport()), List.of(Trigger.always())),
                new EscalationLevel("second", List.of(new Person("bo")), List.of(
                        new Trigger(Set.of("P1", "P2"), Duration.ofMinutes(10), Duration.ofHours(2), false, false, false),
                        Trigger.onResponseTargetMissed("P1"), Trigger.onCustomerImpact(),
                        Trigger.onExternalServiceAffected())));
    }

    @Test
    void no_file_means_no_policies() {
        assertThat(OrganizationFolder.read(folder, TestFolders::builtInSeverities).policies()).isEmpty();
    }

    @Test
    void an_unknown_schedule_or_layer_is_named() throws IOException {
        writeLevel("{ schedule: nights, layer: primary }", "always: true");
        assertRefused("escalation.yaml", "targets of policy acme, levels[0] (first) names schedule 'nights'",
                "known: [acme-on-call]");
        writeLevel("{ schedule: acme-on-call, layer: backup }", "always: true");
        assertRefused("names layer 'backup' of schedule acme-on-call, which has only [primary]");
        writeLevel("{ schedule: acme-on-call }", "always: true");
        assertRefused("layer of the on-call target acme-on-call in targets of policy acme");
    }

    @Test
    void an_unknown_person_team_or_service_is_named() throws IOException {
        writeLevel("{ person: carl }", "always: true");
        assertRefused("escalation.yaml", "names person 'carl', who is not in this organization's people.yaml",
                "[ann, bo]");
        writeLevel("{ team: sales }", "always: true");
        assertRefused("names team 'sales', which is not in this organization's teams.yaml; known: [ops]");
        write("escalation.yaml", policy("acme", "[shop, web]", "{ person: ann }", "always: true"));
        assertRefused("services of policy acme names 'web', which is not in this organization's services.yaml");
    }

    @Test
    void a_service_given_two_policies_is_refused() throws IOException {
        write("escalation.yaml", policy("acme", "[shop]", "{ person: ann }", "always: true")
                + policy("night", "[billing, shop]", "{ person: bo }", "always: true").replace("policies:\n", ""));
        assertRefused("escalation.yaml", "service 'shop' is given two policies, acme and night");
    }

    @Test
    void a_level_without_targets_or_triggers_is_refused_with_the_models_words() throws IOException {
        write("escalation.yaml", policy("acme", "[shop]", "{ person: ann }", "always: true")
                .replace("targets: [{ person: ann }]", "targets: []"));
        assertRefused("policy acme, levels[0]: Level 'first' reaches nobody: name at least one target.");
        write("escalation.yaml", policy("acme", "[shop]", "{ person: ann }", "always: true")
                .replace("triggers: [{ always: true }]", "triggers: []"));
        assertRefused("policy acme, levels[0]: Level 'first' never falls due: give it a trigger");
        write("escalation.yaml", "policies:\n  - { slug: acme, name: Acme, levels: [] }\n");
        assertRefused("policy acme: Policy 'acme' needs at least one level.");
    }

    @Test
    void triggers_and_targets_are_checked() throws IOException {
        writeLevel("{ person: ann, team: ops }", "always: true");
        assertRefused("each target names exactly one of schedule (with layer), person, team or vendorSupport: true");
        writeLevel("{ person: ann }", "{ always: true, customerImpact: true }");
        assertRefused("a trigger is either always: true or one or more of");
        writeLevel("{ person: ann }", "{ severities: [P9] }");
        assertRefused("names severity 'P9', which this organization does not define; known: [P1, P2, P3, P4]");
        writeLevel("{ person: ann }", "{ unresolvedFor: soon }");
        assertRefused("unresolvedFor of triggers of policy acme, levels[0] (first) 'soon' is not a duration; "
                + "write e.g. 30m or 1h");
        writeLevel("{ person: ann }", "{ sometimes: true }");
        assertRefused("escalation.yaml", "sometimes");
    }

    private void writeLevel(String target, String trigger) throws IOException {
        write("escalation.yaml", policy("acme", "[shop]", target, trigger));
    }

    private static String policy(String slug, String services, String target, String trigger) {
        return """
                policies:
                  - slug: %s
                    name: %s
                    services: %s
                    levels:
                      - name: first
                        targets: [%s]
                        triggers: [{ %s }]
                """.formatted(slug, slug, services, target, trigger.startsWith("{")
                        ? trigger.substring(1, trigger.length() - 1).trim() : trigger);
    }

    private void assertRefused(String... parts) {
        var thrown = assertThatThrownBy(() -> OrganizationFolder.read(folder, TestFolders::builtInSeverities))
                .isInstanceOf(InvalidConfiguration.class);
        for (String part : parts) {
            thrown.hasMessageContaining(part);
        }
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
    }

}
