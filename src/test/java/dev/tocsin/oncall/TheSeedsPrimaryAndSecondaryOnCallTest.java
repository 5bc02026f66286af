package dev.tocsin.oncall;

import static dev.tocsin.oncall.OnCallFixtures.BERLIN;
import static dev.tocsin.oncall.OnCallFixtures.BUSINESS_HOURS;
import static dev.tocsin.oncall.OnCallFixtures.CALCULATOR;
import static dev.tocsin.oncall.OnCallFixtures.at;
import static dev.tocsin.oncall.OnCallFixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Customer Portal runbook's contact table names a Primary On-Call, a Secondary On-Call and an
 * Engineering Lead. Here the secondary is last week's primary, and the lead is reachable in
 * business hours; hand-offs are Mondays at 09:00 Berlin time (08:00 UTC in November).
 */
class TheSeedsPrimaryAndSecondaryOnCallTest {

    private static final List<Layer> CONTACT_TABLE = List.of(
            new Layer("primary", Rotation.weekly(local("2026-11-02T09:00"), List.of("alice", "bob", "carol"))),
            new Layer("secondary", Rotation.weekly(local("2026-11-02T09:00"), List.of("carol", "alice", "bob"))),
            new Layer("engineering-lead", Rotation.weekly(local("2026-11-02T09:00"), List.of("dana")),
                    List.of(BUSINESS_HOURS)));

    @Test
    void primary_secondary_and_lead_are_reported_side_by_side_in_the_tables_order() {
        var schedule = new Schedule("customer-portal", BERLIN, CONTACT_TABLE);

        // Tuesday 10 November, 11:00 in Berlin: the second week.
        assertThat(CALCULATOR.onCallAt(schedule, at("2026-11-10T10:00:00Z"))).containsExactly(
                Shift.onCall("primary", "bob", at("2026-11-09T08:00:00Z"), at("2026-11-16T08:00:00Z")),
                Shift.onCall("secondary", "alice", at("2026-11-09T08:00:00Z"), at("2026-11-16T08:00:00Z")),
                Shift.onCall("engineering-lead", "dana", at("2026-11-10T08:00:00Z"), at("2026-11-10T16:00:00Z")));
        // Saturday 14 November, 03:00 in Berlin: primary and secondary still, no lead until Monday.
        assertThat(CALCULATOR.onCallAt(schedule, at("2026-11-14T02:00:00Z"))).containsExactly(
                Shift.onCall("primary", "bob", at("2026-11-09T08:00:00Z"), at("2026-11-16T08:00:00Z")),
                Shift.onCall("secondary", "alice", at("2026-11-09T08:00:00Z"), at("2026-11-16T08:00:00Z")),
                Shift.gap("engineering-lead", at("2026-11-13T16:00:00Z"), at("2026-11-16T08:00:00Z")));
    }

    @Test
    void an_override_on_primary_leaves_secondary_and_lead_alone() {
        var bobOnHoliday = new ScheduleOverride("primary", "carol", at("2026-11-11T08:00:00Z"), at("2026-11-13T08:00:00Z"));
        var schedule = new Schedule("customer-portal", BERLIN, CONTACT_TABLE, List.of(bobOnHoliday));

        assertThat(CALCULATOR.onCallAt(schedule, at("2026-11-12T10:00:00Z"))).containsExactly(
                Shift.onCall("primary", "carol", at("2026-11-11T08:00:00Z"), at("2026-11-13T08:00:00Z")),
                Shift.onCall("secondary", "alice", at("2026-11-09T08:00:00Z"), at("2026-11-16T08:00:00Z")),
                Shift.onCall("engineering-lead", "dana", at("2026-11-12T08:00:00Z"), at("2026-11-12T16:00:00Z")));
    }
}
