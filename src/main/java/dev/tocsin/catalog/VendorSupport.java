package dev.tocsin.catalog;

/** Who to call when an external service fails (the seed's "contact hosting provider"). */
public record VendorSupport(String name, String contact, String email, String phone, String url) {
}
