package dev.tocsin.catalog.internal;

import dev.tocsin.catalog.Catalog;
import dev.tocsin.catalog.Organization;
import dev.tocsin.catalog.Service;
import dev.tocsin.platform.Problem;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class CatalogApi {

    private final Catalog catalog;

    CatalogApi(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/organizations")
    List<Organization> organizations() {
        return catalog.organizations();
    }

    @GetMapping("/services")
    List<Service> services() {
        return catalog.services();
    }

    @GetMapping("/services/{slug}")
    Service service(@PathVariable String slug) {
        return catalog.service(slug).orElseThrow(() -> Problem.notFound("Service", slug));
    }
}
