package dev.tocsin.escalation.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/** Customer Portal matrix, L4: when Freebit fails, its partner support is reached at once, even for a P4. */
class AFreebitOutageReachesVendorSupportTest {

    @OnH2AndPostgreSQL
    void scenario(Tocsin tocsin) {
        tocsin.beginAt(Instant.parse("2026-11-23T10:00:00Z"));
        String incident = tocsin.declare("P4", "freebit");

        assertThat(tocsin.reached(incident)).containsExactly("L1 on-call engineer: maya.ortiz",
                "L4 vendor support: Freebit: Freebit partner support, partner-support@freebit.example.com");
    }
}
