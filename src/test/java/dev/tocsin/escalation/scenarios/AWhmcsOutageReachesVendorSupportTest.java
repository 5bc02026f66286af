package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/** Customer Portal matrix, L4: when WHMCS fails, its hosting provider's support desk is reached at once. */
class AWhmcsOutageReachesVendorSupportTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-23T10:00:00Z"));
        String incident = tocsin.declare("P3", "whmcs");

        assertThat(tocsin.reached(incident)).containsExactly("L1 on-call engineer: maya.ortiz",
                "L4 vendor support: WHMCS hosting provider: Hosting provider support desk, support@whmcs-hosting.example.com, +1 555 0150");
    }
}
