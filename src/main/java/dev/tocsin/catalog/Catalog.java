package dev.tocsin.catalog;

import dev.tocsin.catalog.internal.CatalogRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The module's API: read and write organizations and services. */
@Component
public class Catalog {

    private final CatalogRepository repository;

    Catalog(CatalogRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public void save(Organization organization) {
        repository.upsert(organization);
    }

    @Transactional
    public void save(Service service) {
        repository.upsert(service);
    }

    public Optional<Organization> organization(String slug) {
        return repository.findOrganization(slug);
    }

    public List<Organization> organizations() {
        return repository.organizations();
    }

    public Optional<Service> service(String slug) {
        return repository.findService(slug);
    }

    public List<Service> services() {
        return repository.services();
    }
}
