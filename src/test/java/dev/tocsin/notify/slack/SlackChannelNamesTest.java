package dev.tocsin.notify.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackChannelNamesTest {

    @Test
    void a_name_is_the_number_and_a_slug_of_the_title() {
        assertThat(SlackChannelNames.of(7, "Portal unreachable")).isEqualTo("inc-7-portal-unreachable");
        assertThat(SlackChannelNames.of(12, "Zahlungen schlagen fehl: Ärger bei der Bank (EU)!"))
                .isEqualTo("inc-12-zahlungen-schlagen-fehl-arger-bei-der-bank-eu");
        assertThat(SlackChannelNames.of(3, "db_primary -- disk 95%")).isEqualTo("inc-3-db_primary-disk-95");
        assertThat(SlackChannelNames.of(4, "!!!")).isEqualTo("inc-4");
    }

    @Test
    void a_name_has_at_most_80_characters_also_with_a_suffix() {
        String name = SlackChannelNames.of(123456, "A very long title that goes on and on about what broke in production today");
        assertThat(name).hasSizeLessThanOrEqualTo(80).startsWith("inc-123456-a-very-long-title").doesNotEndWith("-")
                .matches("[a-z0-9_-]+");
        assertThat(SlackChannelNames.withSuffix(name, 2)).hasSizeLessThanOrEqualTo(80).endsWith("-2");
        assertThat(SlackChannelNames.withSuffix("inc-7-portal-unreachable", 3)).isEqualTo("inc-7-portal-unreachable-3");
    }
}
