package dev.tocsin.catalog.internal;

import dev.tocsin.catalog.Organization;
import dev.tocsin.catalog.Service;
import dev.tocsin.catalog.ServiceKind;
import dev.tocsin.catalog.VendorSupport;
import dev.tocsin.platform.Wire;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CatalogRepository {

    private final JdbcClient jdbc;

    public CatalogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void upsert(Organization o) {
        int updated = jdbc.sql("""
                UPDATE organization SET name = ?, time_zone = ?, business_day_start = ?, business_day_end = ?
                WHERE slug = ?""")
                .params(o.name(), o.timeZone().getId(), o.businessDayStart(), o.businessDayEnd(), o.slug())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO organization (slug, name, time_zone, business_day_start, business_day_end)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(o.slug(), o.name(), o.timeZone().getId(), o.businessDayStart(), o.businessDayEnd())
                    .update();
        }
    }

    public void upsert(Service s) {
        VendorSupport v = s.vendorSupport() == null ? new VendorSupport(null, null, null, null, null) : s.vendorSupport();
        int updated = jdbc.sql("""
                UPDATE service SET organization = ?, name = ?, kind = ?, description = ?, owner_team = ?,
                       health_url = ?, vendor_name = ?, vendor_contact = ?, vendor_email = ?, vendor_phone = ?,
                       vendor_url = ?
                WHERE slug = ?""")
                .params(s.organization(), s.name(), s.kind().wire(), s.description(), s.ownerTeam(), s.healthUrl(),
                        v.name(), v.contact(), v.email(), v.phone(), v.url(), s.slug())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO service (organization, name, kind, description, owner_team, health_url, vendor_name,
                                         vendor_contact, vendor_email, vendor_phone, vendor_url, slug)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(s.organization(), s.name(), s.kind().wire(), s.description(), s.ownerTeam(),
                            s.healthUrl(), v.name(), v.contact(), v.email(), v.phone(), v.url(), s.slug())
                    .update();
        }
    }

    public Optional<Organization> findOrganization(String slug) {
        return jdbc.sql("SELECT * FROM organization WHERE slug = ?").param(slug).query(this::organization).optional();
    }

    public List<Organization> organizations() {
        return jdbc.sql("SELECT * FROM organization ORDER BY slug").query(this::organization).list();
    }

    public Optional<Service> findService(String slug) {
        return jdbc.sql("SELECT * FROM service WHERE slug = ?").param(slug).query(this::service).optional();
    }

    public List<Service> services() {
        return jdbc.sql("SELECT * FROM service ORDER BY organization, slug").query(this::service).list();
    }

    private Organization organization(ResultSet rs, int row) throws SQLException {
        return new Organization(rs.getString("slug"), rs.getString("name"), ZoneId.of(rs.getString("time_zone")),
                rs.getObject("business_day_start", java.time.LocalTime.class),
                rs.getObject("business_day_end", java.time.LocalTime.class));
    }

    private Service service(ResultSet rs, int row) throws SQLException {
        VendorSupport vendor = rs.getString("vendor_name") == null ? null
                : new VendorSupport(rs.getString("vendor_name"), rs.getString("vendor_contact"),
                        rs.getString("vendor_email"), rs.getString("vendor_phone"), rs.getString("vendor_url"));
        return new Service(rs.getString("slug"), rs.getString("organization"), rs.getString("name"),
                Wire.parse(ServiceKind.class, "kind", rs.getString("kind")), rs.getString("description"),
                rs.getString("owner_team"), rs.getString("health_url"), vendor);
    }
}
