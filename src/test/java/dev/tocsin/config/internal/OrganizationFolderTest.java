package dev.tocsin.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tocsin.incident.ResponseTarget;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a folder: the shipped examples, and mistakes people make, each with a clear message. */
class OrganizationFolderTest {

    @TempDir
    Path folder;

    @Test
    void the_shipped_customer_portal_folder_reads_as_the_seed_describes() {
        var portal = OrganizationFolder.read(Path.of("examples/customer-portal"), OrganizationFolderTest::noDefaults);
        assertThat(portal.organization().slug()).isEqualTo("customer-portal");
        assertThat(portal.severities()).extracting(s -> s.responseTime()).containsExactly(
                new ResponseTarget.Within(Duration.ofMinutes(15)), new ResponseTarget.Within(Duration.ofHours(1)),
                new ResponseTarget.Within(Duration.ofHours(4)), new ResponseTarget.Within(Duration.ofHours(24)));
        assertThat(portal.services()).hasSize(6);
    }

    @Test
    void a_folder_without_severities_gets_the_built_in_policy() throws IOException {
        write("organization.yaml", "slug: acme\nname: Acme\n");
        var acme = OrganizationFolder.read(folder, TestFolders::builtInSeverities);
        assertThat(acme.severities()).extracting(s -> s.code()).containsExactly("P1", "P2", "P3", "P4");
        assertThat(acme.organization().timeZone().getId()).isEqualTo("UTC");
    }

    @Test
    void a_misspelt_field_names_the_file_and_the_field() throws IOException {
        write("organization.yaml", "slug: acme\nname: Acme\n");
        write("services.yaml", "services:\n  - slug: api\n    name: API\n    knd: internal\n");
        assertThatThrownBy(() -> OrganizationFolder.read(folder, TestFolders::builtInSeverities))
                .isInstanceOf(InvalidConfiguration.class)
                .hasMessageContaining("services.yaml").hasMessageContaining("knd");
    }

    @Test
    void an_external_service_needs_its_vendor_contact() throws IOException {
        write("organization.yaml", "slug: acme\nname: Acme\n");
        write("services.yaml", "services:\n  - slug: whmcs\n    name: WHMCS\n    kind: external\n");
        assertThatThrownBy(() -> OrganizationFolder.read(folder, TestFolders::builtInSeverities))
                .hasMessageContaining("external service whmcs needs a vendor");
    }

    @Test
    void a_team_member_must_be_a_known_person_and_a_response_time_a_duration() throws IOException {
        write("organization.yaml", "slug: acme\nname: Acme\n");
        write("teams.yaml", "teams:\n  - slug: eng\n    name: Eng\n    members:\n      - { person: ghost }\n");
        assertThatThrownBy(() -> OrganizationFolder.read(folder, TestFolders::builtInSeverities))
                .hasMessageContaining("team eng names 'ghost'");

        Files.delete(folder.resolve("teams.yaml"));
        write("severities.yaml", "severities:\n  - { code: P1, name: Critical, definition: Down, responseTime: soon }\n");
        assertThatThrownBy(() -> OrganizationFolder.read(folder, TestFolders::builtInSeverities))
                .hasMessageContaining("responseTime 'soon' of P1 is not a duration");
    }

    @Test
    void two_organizations_may_not_share_a_service_slug_or_a_username() throws IOException {
        Path a = Files.createDirectories(folder.resolve("a"));
        Path b = Files.createDirectories(folder.resolve("b"));
        Files.writeString(a.resolve("organization.yaml"), "slug: a\nname: A\n");
        Files.writeString(b.resolve("organization.yaml"), "slug: b\nname: B\n");
        Files.writeString(a.resolve("services.yaml"), "services:\n  - { slug: redis, name: Redis }\n");
        Files.writeString(b.resolve("services.yaml"), "services:\n  - { slug: redis, name: Redis }\n");
        var folders = List.of(OrganizationFolder.read(a, TestFolders::builtInSeverities),
                OrganizationFolder.read(b, TestFolders::builtInSeverities));

        assertThatThrownBy(() -> OrganizationFolder.requireDistinct(folders))
                .hasMessageContaining("service 'redis' is defined by both a and b");
    }

    @Test
    void the_bootstrap_administrators_username_is_reserved_and_codes_are_unique() throws IOException {
        write("organization.yaml", "slug: acme\nname: Acme\n");
        write("people.yaml", "people:\n  - { username: admin, name: Someone }\n");
        assertThatThrownBy(() -> OrganizationFolder.read(folder, TestFolders::builtInSeverities))
                .hasMessageContaining("username 'admin' is the bootstrap administrator's");

        Files.delete(folder.resolve("people.yaml"));
        write("severities.yaml", "severities:\n  - { code: P1, name: A, definition: A, responseTime: 15m }\n"
                + "  - { code: P1, name: B, definition: B, responseTime: 1h }\n");
        assertThatThrownBy(() -> OrganizationFolder.read(folder, TestFolders::builtInSeverities))
                .hasMessageContaining("severity P1 is listed twice");
    }

    @Test
    void an_integration_key_comes_from_the_file_or_the_named_environment_variable() throws IOException {
        write("organization.yaml", "slug: acme\nname: Acme\n");
        write("services.yaml", "services:\n  - { slug: api, name: API }\n");
        write("integrations.yaml", "integrations:\n  - { service: api, name: am, keyEnv: ACME_AM_KEY, groupWindow: 30m }\n");

        var acme = OrganizationFolder.read(folder, TestFolders::builtInSeverities,
                name -> name.equals("ACME_AM_KEY") ? "secret-from-environment" : null);
        assertThat(acme.integrations()).singleElement().satisfies(i -> {
            assertThat(i.key()).isEqualTo("secret-from-environment");
            assertThat(i.settings().groupWindow()).isEqualTo(Duration.ofMinutes(30));
        });

        assertThatThrownBy(() -> OrganizationFolder.read(folder, TestFolders::builtInSeverities, name -> null))
                .hasMessageContaining("in the environment variable ACME_AM_KEY");
        write("integrations.yaml", "integrations:\n  - { service: other, name: am, key: long-enough-key-123 }\n");
        assertThatThrownBy(() -> OrganizationFolder.read(folder, TestFolders::builtInSeverities))
                .hasMessageContaining("names service 'other'");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content);
    }

    private static InputStream noDefaults() {
        return new ByteArrayInputStream(new byte[0]);
    }
}
