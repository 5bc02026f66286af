package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/** Customer Portal matrix, L4: when Salesforce fails, its admin is reached at once. */
class ASalesforceOutageReachesVendorSupportTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-23T10:00:00Z"));
        String incident = tocsin.declare("P3", "salesforce");

        assertThat(tocsin.reached(incident)).containsExactly("L1 on-call engineer: maya.ortiz",
                "L4 vendor support: Salesforce: Salesforce admin, salesforce-admin@portal.example.com, https://help.salesforce.com");
    }
}
