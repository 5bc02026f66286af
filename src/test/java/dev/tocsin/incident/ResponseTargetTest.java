package dev.tocsin.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.catalog.Organization;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ResponseTargetTest {

    private static final Organization BERLIN = new Organization("crm", "CRM", ZoneId.of("Europe/Berlin"),
            LocalTime.of(9, 0), LocalTime.of(17, 0));

    @Test
    void a_fixed_target_adds_its_duration() {
        Instant detected = Instant.parse("2026-11-23T08:00:00Z");
        assertThat(new ResponseTarget.Within(Duration.ofMinutes(15)).dueAfter(detected, BERLIN))
                .isEqualTo("2026-11-23T08:15:00Z");
    }

    @Test
    void next_business_day_is_the_end_of_the_following_weekday_in_the_organizations_zone() {
        var target = new ResponseTarget.NextBusinessDay();
        // Monday 10:00 Berlin -> Tuesday 17:00 Berlin (16:00 UTC in winter)
        assertThat(target.dueAfter(Instant.parse("2026-11-23T09:00:00Z"), BERLIN)).isEqualTo("2026-11-24T16:00:00Z");
        // Friday -> Monday
        assertThat(target.dueAfter(Instant.parse("2026-11-27T15:00:00Z"), BERLIN)).isEqualTo("2026-11-30T16:00:00Z");
        // Saturday -> Monday
        assertThat(target.dueAfter(Instant.parse("2026-11-28T12:00:00Z"), BERLIN)).isEqualTo("2026-11-30T16:00:00Z");
        // Monday 07:00 Berlin, before business hours -> still the next day, Tuesday
        assertThat(target.dueAfter(Instant.parse("2026-11-23T06:00:00Z"), BERLIN)).isEqualTo("2026-11-24T16:00:00Z");
        // Sunday 23:30 UTC is already Monday 00:30 in Berlin -> Tuesday
        assertThat(target.dueAfter(Instant.parse("2026-11-29T23:30:00Z"), BERLIN)).isEqualTo("2026-12-01T16:00:00Z");
    }

    @Test
    void next_business_day_follows_daylight_saving_time() {
        // Friday 27 March 2026; Monday 30 March is summer time in Berlin (UTC+2)
        assertThat(new ResponseTarget.NextBusinessDay().dueAfter(Instant.parse("2026-03-27T10:00:00Z"), BERLIN))
                .isEqualTo("2026-03-30T15:00:00Z");
    }

    @Test
    void codes_round_trip_through_storage() {
        assertThat(ResponseTarget.parse("PT15M")).isEqualTo(new ResponseTarget.Within(Duration.ofMinutes(15)));
        assertThat(ResponseTarget.parse("NEXT_BUSINESS_DAY")).isEqualTo(new ResponseTarget.NextBusinessDay());
        assertThat(new ResponseTarget.Within(Duration.ofHours(24)).code()).isEqualTo("PT24H");
    }

    @Test
    void labels_read_as_the_seed_tables_do() {
        assertThat(new ResponseTarget.Within(Duration.ofMinutes(15)).label()).isEqualTo("15 minutes");
        assertThat(new ResponseTarget.Within(Duration.ofHours(1)).label()).isEqualTo("1 hour");
        assertThat(new ResponseTarget.Within(Duration.ofHours(24)).label()).isEqualTo("24 hours");
        assertThat(new ResponseTarget.NextBusinessDay().label()).isEqualTo("next business day");
        assertThat(new ResponseTarget.Within(Duration.ofMinutes(15)).phrase()).isEqualTo("within 15 minutes");
        assertThat(new ResponseTarget.NextBusinessDay().phrase()).isEqualTo("by the next business day");
    }
}
