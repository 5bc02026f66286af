package dev.tocsin.config.internal;

import dev.tocsin.alert.Integrations;
import dev.tocsin.catalog.Catalog;
import dev.tocsin.catalog.Organization;
import dev.tocsin.catalog.Service;
import dev.tocsin.escalation.EscalationPolicies;
import dev.tocsin.identity.People;
import dev.tocsin.identity.Person;
import dev.tocsin.identity.Team;
import dev.tocsin.incident.SeverityPolicy;
import dev.tocsin.notify.ContactMethods;
import dev.tocsin.oncall.Schedules;
import dev.tocsin.runbook.Runbooks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the organization folders at start. TOCSIN_CONFIG_DIR is either one organization
 * folder (it holds organization.yaml) or a folder of them. All folders are read and checked
 * before any is written, then applied in one transaction. Applying twice changes nothing;
 * things removed from a folder are kept, because incidents still point at them. Loading runs
 * before the web server opens, so no request ever sees a half-loaded organization.
 */
@Component
class OrganizationLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(OrganizationLoader.class);
    private static final String DEFAULT_SEVERITIES = "default-severities.yaml";
    private static final String ACTOR = "config";

    private final Path configDir;
    private final Catalog catalog;
    private final People people;
    private final SeverityPolicy severities;
    private final Integrations integrations;
    private final Schedules schedules;
    private final EscalationPolicies policies;
    private final ContactMethods contactMethods;
    private final Runbooks runbooks;
    private final TransactionTemplate transaction;

    OrganizationLoader(@Value("${tocsin.config-dir:examples}") Path configDir, Catalog catalog, People people,
            SeverityPolicy severities, Integrations integrations, Schedules schedules,
            EscalationPolicies policies, ContactMethods contactMethods, Runbooks runbooks,
            TransactionTemplate transaction) {
        this.configDir = configDir;
        this.catalog = catalog;
        this.people = people;
        this.severities = severities;
        this.integrations = integrations;
        this.schedules = schedules;
        this.policies = policies;
        this.contactMethods = contactMethods;
        this.runbooks = runbooks;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        load();
    }

    void load() {
        List<Path> folders = folders();
        if (folders.isEmpty()) {
            log.warn("No organization folder under {} (set TOCSIN_CONFIG_DIR); using a 'default' organization "
                    + "with the built-in P1-P4 policy", configDir.toAbsolutePath());
            applyDefault();
            return;
        }
        List<OrganizationFolder> organizations = folders.stream()
                .map(folder -> OrganizationFolder.read(folder, OrganizationLoader::defaultSeverities))
                .toList();
        OrganizationFolder.requireDistinct(organizations);
        organizations.forEach(this::requireDeliverableAddresses);
        transaction.executeWithoutResult(status -> {
            organizations.forEach(this::apply);
            // Policies made over the API are not in any folder, yet may name what a folder just replaced.
            policies.requireReferencesResolve();
        });
        organizations.forEach(o -> log.info(
                "Loaded organization '{}': {} services, {} people, {} teams, {} severities, {} integrations, "
                        + "{} schedules, {} escalation policies, {} runbooks",
                o.organization().slug(), o.services().size(), o.people().size(), o.teams().size(),
                o.severities().size(), o.integrations().size(), o.schedules().size(),
                o.policies().size(), o.runbooks().size()));
    }

    private List<Path> folders() {
        if (Files.exists(configDir.resolve(OrganizationFolder.ORGANIZATION_FILE))) {
            return List.of(configDir);
        }
        if (!Files.isDirectory(configDir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(configDir)) {
            return children.filter(p -> Files.exists(p.resolve(OrganizationFolder.ORGANIZATION_FILE)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + configDir, e);
        }
    }

    private void apply(OrganizationFolder folder) {
        catalog.save(folder.organization());
        folder.people().forEach((Person p) -> people.save(p));
        folder.teams().forEach((Team t) -> people.save(t));
        folder.services().forEach((Service s) -> catalog.save(s));
        severities.replace(folder.organization().slug(), folder.severities());
        folder.integrations().forEach(i -> integrations.save(i.service(), i.name(), i.settings(), i.key(), ACTOR));
        folder.schedules().forEach(schedules::save);
        folder.policies().forEach(policies::save);
        folder.paging().forEach(p -> contactMethods.configure(p.username(), p.contactMethods(), p.rules()));
        String organization = folder.organization().slug();
        folder.runbooks().forEach(r -> runbooks.save(runbooks.idFor(organization, Optional.of(r.slug()), r.markdown()),
                organization, r.markdown(), ACTOR));
    }

    /**
     * Each address is checked by its channel, when this server has that channel: a folder describes
     * the organization and may list SMS numbers before Twilio is set up here.
     */
    private void requireDeliverableAddresses(OrganizationFolder folder) {
        for (PagingReader.Paging paging : folder.paging()) {
            for (ContactMethods.Configured method : paging.contactMethods()) {
                contactMethods.problemWith(method.type(), method.address()).ifPresent(problem -> {
                    throw new InvalidConfiguration(Path.of(folder.organization().slug(), "people.yaml"), "the "
                            + method.type().wire() + " contact method of " + paging.username() + ": " + problem);
                });
            }
        }
    }

    private void applyDefault() {
        var organization = new Organization("default", "Default", ZoneOffset.UTC, LocalTime.of(9, 0),
                LocalTime.of(17, 0));
        var folder = new OrganizationFolder(organization, List.of(), List.of(), List.of(),
                OrganizationFolder.builtInSeverities(defaultSeverities()), List.of(), List.of(), List.of(), List.of(),
                List.of());
        transaction.executeWithoutResult(status -> apply(folder));
    }

    private static InputStream defaultSeverities() {
        try {
            return new ClassPathResource(DEFAULT_SEVERITIES).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
