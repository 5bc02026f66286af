/** Organizations and their services: internal systems and external vendors with support contacts. */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package dev.tocsin.catalog;
