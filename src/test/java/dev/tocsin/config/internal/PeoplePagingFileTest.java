package dev.tocsin.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tocsin.notify.ContactMethodType;
import dev.tocsin.notify.ContactMethods;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** people.yaml's contactMethods and notificationRules: rules name a contact method by label or by its type. */
class PeoplePagingFileTest {

    @TempDir
    Path folder;

    @Test
    void rules_name_contact_methods_by_label_or_by_a_type_the_person_has_once() throws IOException {
        people("""
                    contactMethods:
                      - { type: email, address: ada@acme.example.com }
                      - { type: sms, address: "+15550199", label: phone }
                    notificationRules:
                      - { delay: 0m, contactMethod: email }
                      - { delay: 5m, contactMethod: phone }
                """);

        var paging = read().paging().getFirst();

        assertThat(paging.username()).isEqualTo("ada");
        assertThat(paging.contactMethods()).containsExactly(
                new ContactMethods.Configured(ContactMethodType.EMAIL, "ada@acme.example.com", null),
                new ContactMethods.Configured(ContactMethodType.SMS, "+15550199", "phone"));
        assertThat(paging.rules()).containsExactly(new ContactMethods.ConfiguredStep(Duration.ZERO, 0),
                new ContactMethods.ConfiguredStep(Duration.ofMinutes(5), 1));
    }

    @Test
    void the_shipped_examples_give_everyone_their_email() {
        var portal = OrganizationFolder.read(Path.of("examples/customer-portal"), TestFolders::builtInSeverities);
        assertThat(portal.paging()).allSatisfy(p -> assertThat(p.contactMethods()).extracting(m -> m.type())
                .containsExactly(ContactMethodType.EMAIL));
        assertThat(portal.paging()).hasSameSizeAs(portal.people());
    }

    @Test
    void mistakes_are_refused_with_the_person_and_what_to_fix() throws IOException {
        people("""
                    contactMethods:
                      - { type: pigeon, address: roof }
                """);
        assertThatThrownBy(this::read).hasMessageContaining("people.yaml").hasMessageContaining("pigeon")
                .hasMessageContaining("ada");

        people("""
                    contactMethods:
                      - { type: email, address: a@acme.example.com }
                      - { type: email, address: b@acme.example.com }
                    notificationRules:
                      - { delay: 0m, contactMethod: email }
                """);
        assertThatThrownBy(this::read).hasMessageContaining("several").hasMessageContaining("labels");

        people("""
                    contactMethods:
                      - { type: email, address: a@acme.example.com }
                    notificationRules:
                      - { delay: 2d, contactMethod: email }
                """);
        assertThatThrownBy(this::read).hasMessageContaining("0m to 24h");

        people("""
                    notificationRules:
                      - { delay: 1m, contactMethod: voice }
                """);
        assertThatThrownBy(this::read).hasMessageContaining("'voice'").hasMessageContaining("neither");
    }

    private OrganizationFolder read() {
        return OrganizationFolder.read(folder, TestFolders::builtInSeverities);
    }

    private void people(String paging) throws IOException {
        Files.writeString(folder.resolve("organization.yaml"), "slug: acme\nname: Acme\n");
        Files.writeString(folder.resolve("people.yaml"), """
                people:
                  - username: ada
                    name: Ada
                """ + paging);
    }
}
