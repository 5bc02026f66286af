package dev.tocsin.catalog;

import dev.tocsin.catalog.internal.CatalogRepository;
import dev.tocsin.platform.Problem;
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

    /** The organization an API request names in its {@code organization} field; a 422 listing the known ones if none. */
    public Organization requireOrganization(String slug) {
        return organization(slug).orElseThrow(() -> Problem.invalid("organization", "organization: there is no "
                + "organization '" + slug + "'; use one of " + organizations().stream().map(Organization::slug).toList()
                + "."));
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
