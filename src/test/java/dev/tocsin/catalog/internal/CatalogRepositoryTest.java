package dev.tocsin.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.catalog.Organization;
import dev.tocsin.catalog.Service;
import dev.tocsin.catalog.ServiceKind;
import dev.tocsin.catalog.VendorSupport;
import dev.tocsin.support.BothDatabases;
import dev.tocsin.support.TestDatabase;
import java.time.LocalTime;
import java.time.ZoneId;

class CatalogRepositoryTest {

    private static final Organization PORTAL = new Organization("customer-portal", "Customer Portal",
            ZoneId.of("Asia/Tokyo"), LocalTime.of(9, 30), LocalTime.of(18, 0));
    private static final Service WHMCS = new Service("whmcs", "customer-portal", "WHMCS Billing", ServiceKind.EXTERNAL,
            "Billing", null, null, new VendorSupport("WHMCS hosting", "Support desk", "support@example.com",
                    "+1 555 0150", "https://example.com/support"));

    @BothDatabases
    void organizations_and_services_read_back_as_written(TestDatabase db) {
        var repository = new CatalogRepository(db.jdbc());
        repository.upsert(PORTAL);
        repository.upsert(WHMCS);

        assertThat(repository.findOrganization("customer-portal")).contains(PORTAL);
        assertThat(repository.findService("whmcs")).contains(WHMCS);
        assertThat(repository.findService("whmcs").orElseThrow().external()).isTrue();
    }

    @BothDatabases
    void saving_again_updates_in_place(TestDatabase db) {
        var repository = new CatalogRepository(db.jdbc());
        repository.upsert(PORTAL);
        repository.upsert(WHMCS);
        Service internal = new Service("whmcs", "customer-portal", "WHMCS (self-hosted)", ServiceKind.INTERNAL,
                null, null, "http://whmcs.local/health", null);
        repository.upsert(PORTAL);
        repository.upsert(internal);

        assertThat(repository.organizations()).containsExactly(PORTAL);
        assertThat(repository.services()).containsExactly(internal);
    }
}
