package dev.tocsin.catalog;

/**
 * A system incidents are about. Slugs are unique across organizations so that an alert or an
 * API call names a service without saying whose it is.
 */
public record Service(String slug, String organization, String name, ServiceKind kind, String description,
        String ownerTeam, String healthUrl, VendorSupport vendorSupport) {

    public boolean external() {
        return kind == ServiceKind.EXTERNAL;
    }
}
