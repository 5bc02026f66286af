package dev.tocsin.config.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tocsin.oncall.Layer;
import dev.tocsin.oncall.Rotation;
import dev.tocsin.oncall.ScheduleOverride;
import dev.tocsin.oncall.StoredSchedule;
import dev.tocsin.oncall.TimeRestriction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** schedules.yaml: the shipped examples, every field, and mistakes named with the field to fix. */
class SchedulesFileTest {

    private static final LocalDateTime MONDAY_9 = LocalDateTime.of(2026, 1, 5, 9, 0);

    @TempDir
    Path folder;

    @BeforeEach
    void acme() throws IOException {
        write("organization.yaml", "slug: acme\nname: Acme\ntimeZone: Europe/Berlin\n");
        write("people.yaml", """
                people:
                  - { username: ann, name: Ann }
                  - { username: bo, name: Bo }
                """);
    }

    @Test
    void the_shipped_folders_have_weekly_monday_hand_offs_of_their_on_call_people() {
        var portal = OrganizationFolder.read(Path.of("examples/customer-portal"), TestFolders::builtInSeverities);
        assertThat(portal.schedules()).singleElement().satisfies(s -> {
            assertThat(s.slug()).isEqualTo("portal-on-call");
            assertThat(s.schedule().timeZone()).isEqualTo(ZoneId.of("UTC"));
            assertThat(s.schedule().layers()).containsExactly(
                    new Layer("primary", Rotation.weekly(MONDAY_9, List.of("maya.ortiz", "ken.ito"))),
                    new Layer("secondary", Rotation.weekly(MONDAY_9, List.of("ken.ito", "maya.ortiz"))));
        });
        var crm = OrganizationFolder.read(Path.of("examples/crm-platform"), TestFolders::builtInSeverities);
        assertThat(crm.schedules()).singleElement().satisfies(s -> assertThat(s.schedule().layers()).containsExactly(
                new Layer("primary", Rotation.weekly(MONDAY_9, List.of("priya.nair", "tom.becker")))));
    }

    @Test
    void every_field_is_read() throws IOException {
        write("schedules.yaml", """
                schedules:
                  - slug: acme-on-call
                    name: Acme on-call
                    timeZone: America/New_York
                    layers:
                      - name: day
                        rotation: custom
                        length: 12h
                        start: 2026-01-05T09:00
                        participants: [ann, bo, ann]
                        restrictions:
                          - { days: [monday, Friday], from: "22:00", until: "06:00" }
                      - name: nobody
                        rotation: DAILY
                        start: 2026-01-05T09:00
                    overrides:
                      - { layer: day, person: bo, start: 2026-12-24T08:00:00Z, end: 2026-12-26T08:00:00Z }
                """);
        StoredSchedule acme = OrganizationFolder.read(folder, TestFolders::builtInSeverities).schedules().getFirst();
        assertThat(acme.organization()).isEqualTo("acme");
        assertThat(acme.schedule().timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(acme.schedule().layers()).containsExactly(
                new Layer("day", Rotation.custom(Duration.ofHours(12), MONDAY_9, List.of("ann", "bo", "ann")),
                        List.of(new TimeRestriction(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                                LocalTime.of(22, 0), LocalTime.of(6, 0)))),
                new Layer("nobody", Rotation.daily(MONDAY_9, List.of())));
        assertThat(acme.schedule().overrides()).containsExactly(new ScheduleOverride("day", "bo",
                Instant.parse("2026-12-24T08:00:00Z"), Instant.parse("2026-12-26T08:00:00Z")));
    }

    @Test
    void a_schedule_without_a_time_zone_takes_the_organizations() throws IOException {
        writeLayer("rotation: weekly", "participants: [ann]");
        assertThat(OrganizationFolder.read(folder, TestFolders::builtInSeverities).schedules().getFirst().schedule()
                .timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void an_unknown_participant_is_named_with_the_people_who_are_known() throws IOException {
        writeLayer("rotation: weekly", "participants: [ann, carl]");
        assertThatThrownBy(() -> OrganizationFolder.read(folder, TestFolders::builtInSeverities))
                .isInstanceOf(InvalidConfiguration.class).hasMessageContaining("schedules.yaml")
                .hasMessageContaining("layer primary of schedule acme-on-call names 'carl', who is not in this "
                        + "organization's people.yaml; known: [ann, bo]");
    }

    @Test
    void an_unknown_time_zone_is_refused() throws IOException {
        write("schedules.yaml", """
                schedules:
                  - slug: acme-on-call
                    name: Acme
                    timeZone: Europe/Atlantis
                    layers: [{ name: primary, rotation: weekly, start: 2026-01-05T09:00 }]
                """);
        assertThatThrownBy(() -> OrganizationFolder.read(folder, TestFolders::builtInSeverities))
                .hasMessageContaining("schedule acme-on-call has unknown time zone 'Europe/Atlantis'");
    }

    @Test
    void a_bad_rotation_says_what_would_do() throws IOException {
        writeLayer("rotation: fortnightly", "participants: [ann]");
        assertThatThrownBy(() -> OrganizationFolder.read(folder, TestFolders::builtInSeverities))
                .hasMessageContaining("rotation of layer primary of schedule acme-on-call cannot be 'fortnightly'")
                .hasMessageContaining("[hourly, daily, weekly, custom]");
        writeLayer("rotation: custom", "participants: [ann]");
        assertThatThrownBy(() -> OrganizationFolder.read(folder, TestFolders::builtInSeverities))
                .hasMessageContaining("layer primary of schedule acme-on-call: A CUSTOM rotation needs a length");
        writeLayer("rotation: weekly", "length: 2h");
        assertThatThrownBy(() -> OrganizationFolder.read(folder, TestFolders::builtInSeverities))
                .hasMessageContaining("length is only for CUSTOM rotations");
        writeLayer("rotation: weekly", "start: next monday");
        assertThatThrownBy(() -> OrganizationFolder.read(folder, TestFolders::builtInSeverities))
                .hasMessageContaining("start 'next monday' of layer primary of schedule acme-on-call must be a "
                        + "local date and time such as 2026-01-05T09:00");
    }

    @Test
    void an_override_must_name_a_layer_of_the_schedule() throws IOException {
        write("schedules.yaml", """
                schedules:
                  - slug: acme-on-call
                    name: Acme
                    layers: [{ name: primary, rotation: weekly, start: 2026-01-05T09:00 }]
                    overrides: [{ layer: secondary, person: bo, start: 2026-12-24T08:00:00Z, end: 2026-12-25T08:00:00Z }]
                """);
        assertThatThrownBy(() -> OrganizationFolder.read(folder, TestFolders::builtInSeverities))
                .hasMessageContaining("names layer 'secondary', which schedule 'Acme' does not have");
    }

    private void writeLayer(String... lines) throws IOException {
        String layer = String.join("\n        ", lines);
        if (!layer.contains("start:")) {
            layer += "\n        start: 2026-01-05T09:00";
        }
        write("schedules.yaml", """
                schedules:
                  - slug: acme-on-call
                    name: Acme on-call
                    layers:
                      - name: primary
                        %s
                """.formatted(layer));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
    }

}
