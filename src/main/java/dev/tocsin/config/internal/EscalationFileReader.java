package dev.tocsin.config.internal;

import static dev.tocsin.config.internal.OrganizationFolder.listOf;
import static dev.tocsin.config.internal.OrganizationFolder.require;

import dev.tocsin.catalog.Organization;
import dev.tocsin.catalog.Service;
import dev.tocsin.config.internal.OrganizationFiles.EscalationFile;
import dev.tocsin.config.internal.OrganizationFiles.EscalationLevelEntry;
import dev.tocsin.config.internal.OrganizationFiles.PolicyEntry;
import dev.tocsin.config.internal.OrganizationFiles.TargetEntry;
import dev.tocsin.config.internal.OrganizationFiles.TriggerEntry;
import dev.tocsin.escalation.EscalationLevel;
import dev.tocsin.escalation.EscalationPolicy;
import dev.tocsin.escalation.EscalationTarget;
import dev.tocsin.escalation.StoredEscalationPolicy;
import dev.tocsin.escalation.Trigger;
import dev.tocsin.identity.Person;
import dev.tocsin.identity.Team;
import dev.tocsin.incident.Severity;
import dev.tocsin.oncall.Layer;
import dev.tocsin.oncall.StoredSchedule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads and checks escalation.yaml (optional): every schedule and layer, person, team, service
 * and severity a policy names must be in the same folder, and a service uses at most one policy.
 */
final class EscalationFileReader {

    private final Path file;
    private final Set<String> usernames;
    private final Set<String> teams;
    private final Set<String> services;
    private final Set<String> severities;
    private final Map<String, Set<String>> layersBySchedule = new TreeMap<>();

    private EscalationFileReader(Path file, OrganizationFolder folder) {
        this.file = file;
        this.usernames = new TreeSet<>(folder.people().stream().map(Person::username).toList());
        this.teams = new TreeSet<>(folder.teams().stream().map(Team::slug).toList());
        this.services = new TreeSet<>(folder.services().stream().map(Service::slug).toList());
        this.severities = new TreeSet<>(folder.severities().stream().map(Severity::code).toList());
        for (StoredSchedule schedule : folder.schedules()) {
            layersBySchedule.put(schedule.slug(), new TreeSet<>(schedule.schedule().layers().stream()
                    .map(Layer::name).toList()));
        }
    }

    /** The folder's policies; {@code folder} is everything else of it, already read and checked. */
    static List<StoredEscalationPolicy> read(Path file, OrganizationFolder folder) {
        if (!Files.exists(file)) {
            return List.of();
        }
        var reader = new EscalationFileReader(file, folder);
        Organization organization = folder.organization();
        List<StoredEscalationPolicy> policies = new ArrayList<>();
        Map<String, String> policyOfService = new HashMap<>();
        for (PolicyEntry entry : listOf(OrganizationFolder.parse(file, EscalationFile.class).policies())) {
            StoredEscalationPolicy policy = reader.policy(entry, organization);
            if (policies.stream().anyMatch(p -> p.slug().equals(policy.slug()))) {
                throw new InvalidConfiguration(file, "policy " + policy.slug() + " is listed twice");
            }
            for (String service : policy.services()) {
                String other = policyOfService.put(service, policy.slug());
                if (other != null) {
                    throw new InvalidConfiguration(file, "service '" + service + "' is given two policies, "
                            + other + " and " + policy.slug() + "; a service uses at most one");
                }
            }
            policies.add(policy);
        }
        return policies;
    }

    private StoredEscalationPolicy policy(PolicyEntry p, Organization organization) {
        require(file, p.slug(), "policies[].slug", 64);
        if (!p.slug().matches("[a-z0-9][a-z0-9-]*")) {
            throw new InvalidConfiguration(file, "policy slug '" + p.slug()
                    + "' must be lowercase letters, digits and dashes");
        }
        String where = "policy " + p.slug();
        require(file, p.name(), "name of " + where, 200);
        List<String> serviceSlugs = listOf(p.services());
        for (String service : serviceSlugs) {
            if (!services.contains(service)) {
                throw new InvalidConfiguration(file, "services of " + where + " names '" + service
                        + "', which is not in this organization's services.yaml; known: " + services);
            }
        }
        if (serviceSlugs.size() != Set.copyOf(serviceSlugs).size()) {
            throw new InvalidConfiguration(file, "services of " + where + " names a service twice");
        }
        List<EscalationLevel> levels = new ArrayList<>();
        List<EscalationLevelEntry> entries = listOf(p.levels());
        for (int i = 0; i < entries.size(); i++) {
            levels.add(level(entries.get(i), where + ", levels[" + i + "]"));
        }
        try {
            return new StoredEscalationPolicy(organization.slug(), new EscalationPolicy(p.slug(), p.name(), levels),
                    serviceSlugs);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfiguration(file, where + ": " + e.getMessage());
        }
    }

    private EscalationLevel level(EscalationLevelEntry l, String where) {
        String level = l.name() == null ? where : where + " (" + l.name() + ")";
        List<EscalationTarget> targets = listOf(l.targets()).stream().map(t -> target(t, "targets of " + level))
                .toList();
        List<Trigger> triggers = listOf(l.triggers()).stream().map(t -> trigger(t, "triggers of " + level)).toList();
        try {
            return new EscalationLevel(l.name(), targets, triggers);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfiguration(file, where + ": " + e.getMessage());
        }
    }

    private EscalationTarget target(TargetEntry t, String where) {
        boolean vendor = Boolean.TRUE.equals(t.vendorSupport());
        int kinds = (t.schedule() != null || t.layer() != null ? 1 : 0) + (t.person() != null ? 1 : 0)
                + (t.team() != null ? 1 : 0) + (vendor ? 1 : 0);
        if (kinds != 1) {
            throw new InvalidConfiguration(file, where + ": each target names exactly one of schedule (with layer), "
                    + "person, team or vendorSupport: true");
        }
        if (t.person() != null) {
            if (!usernames.contains(t.person())) {
                throw new InvalidConfiguration(file, where + " names person '" + t.person()
                        + "', who is not in this organization's people.yaml; known: " + usernames);
            }
            return new EscalationTarget.Person(t.person());
        }
        if (t.team() != null) {
            if (!teams.contains(t.team())) {
                throw new InvalidConfiguration(file, where + " names team '" + t.team()
                        + "', which is not in this organization's teams.yaml; known: " + teams);
            }
            return new EscalationTarget.Team(t.team());
        }
        if (vendor) {
            return new EscalationTarget.VendorSupport();
        }
        require(file, t.schedule(), "schedule of an on-call target in " + where, 64);
        require(file, t.layer(), "layer of the on-call target " + t.schedule() + " in " + where, 64);
        Set<String> layers = layersBySchedule.get(t.schedule());
        if (layers == null) {
            throw new InvalidConfiguration(file, where + " names schedule '" + t.schedule()
                    + "', which is not in this organization's schedules.yaml; known: " + layersBySchedule.keySet());
        }
        if (!layers.contains(t.layer())) {
            throw new InvalidConfiguration(file, where + " names layer '" + t.layer() + "' of schedule "
                    + t.schedule() + ", which has only " + layers);
        }
        return new EscalationTarget.OnCall(t.schedule(), t.layer());
    }

    private Trigger trigger(TriggerEntry t, String where) {
        boolean always = Boolean.TRUE.equals(t.always());
        List<String> codes = listOf(t.severities());
        boolean conditions = !codes.isEmpty() || t.unacknowledgedFor() != null || t.unresolvedFor() != null
                || Boolean.TRUE.equals(t.responseTargetMissed()) || Boolean.TRUE.equals(t.customerImpact())
                || Boolean.TRUE.equals(t.externalServiceAffected());
        if (always == conditions) {
            throw new InvalidConfiguration(file, where + ": a trigger is either always: true or one or more of "
                    + "severities, unacknowledgedFor, unresolvedFor, responseTargetMissed, customerImpact, "
                    + "externalServiceAffected");
        }
        for (String code : codes) {
            if (!severities.contains(code)) {
                throw new InvalidConfiguration(file, where + " names severity '" + code
                        + "', which this organization does not define; known: " + severities);
            }
        }
        try {
            return new Trigger(Set.copyOf(codes), duration(t.unacknowledgedFor(), "unacknowledgedFor of " + where),
                    duration(t.unresolvedFor(), "unresolvedFor of " + where),
                    Boolean.TRUE.equals(t.responseTargetMissed()), Boolean.TRUE.equals(t.customerImpact()),
                    Boolean.TRUE.equals(t.externalServiceAffected()));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfiguration(file, where + ": " + e.getMessage());
        }
    }

    private Duration duration(String text, String what) {
        return text == null ? null : OrganizationFolder.duration(file, text, what);
    }
}
