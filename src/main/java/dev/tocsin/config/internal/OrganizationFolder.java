package dev.tocsin.config.internal;

import dev.tocsin.alert.IntegrationSettings;
import dev.tocsin.catalog.Organization;
import dev.tocsin.catalog.Service;
import dev.tocsin.catalog.ServiceKind;
import dev.tocsin.catalog.VendorSupport;
import dev.tocsin.config.internal.OrganizationFiles.*;
import dev.tocsin.escalation.StoredEscalationPolicy;
import dev.tocsin.identity.Person;
import dev.tocsin.identity.Role;
import dev.tocsin.identity.Team;
import dev.tocsin.incident.ResponseTarget;
import dev.tocsin.incident.Severity;
import dev.tocsin.oncall.StoredSchedule;
import dev.tocsin.platform.Problem;
import dev.tocsin.platform.Wire;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.convert.DurationStyle;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads and checks one organization folder; nothing is written until all of it is valid. */
record OrganizationFolder(Organization organization, List<Person> people, List<Team> teams, List<Service> services,
        List<Severity> severities, List<IntegrationSpec> integrations, List<StoredSchedule> schedules,
        List<StoredEscalationPolicy> policies, List<PagingReader.Paging> paging, List<RunbookFile> runbooks) {

    /** A Markdown file in the folder's {@code runbooks/}: its slug is the file name without {@code .md}. */
    record RunbookFile(String slug, String markdown) {
    }

    /** An integration as a folder declares it, its key already read from the file or the environment. */
    record IntegrationSpec(String service, String name, String key, IntegrationSettings settings) {
    }

    static final String ORGANIZATION_FILE = "organization.yaml";
    /** The bootstrap administrator's username; a folder may not redefine it. */
    static final String RESERVED_USERNAME = "admin";
    private static final int SLUG_MAX = 64;
    private static final int NAME_MAX = 200;
    private static final int CODE_MAX = 8;
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static OrganizationFolder read(Path folder, Supplier<InputStream> defaultSeverities) {
        return read(folder, defaultSeverities, System::getenv);
    }

    static OrganizationFolder read(Path folder, Supplier<InputStream> defaultSeverities,
            java.util.function.Function<String, String> environment) {
        Path orgFile = folder.resolve(ORGANIZATION_FILE);
        OrganizationFile org = parse(orgFile, OrganizationFile.class);
        require(orgFile, org.slug(), "slug", SLUG_MAX);
        require(orgFile, org.name(), "name", NAME_MAX);
        ZoneId zone = zone(orgFile, org.timeZone() == null ? "UTC" : org.timeZone());
        BusinessHours hours = org.businessHours() == null ? new BusinessHours("09:00", "17:00") : org.businessHours();
        Organization organization = new Organization(org.slug(), org.name(), zone, time(orgFile, hours.start()),
                time(orgFile, hours.end()));

        List<Person> people = people(folder.resolve("people.yaml"), organization);
        List<PagingReader.Paging> paging = paging(folder.resolve("people.yaml"));
        List<Team> teams = teams(folder.resolve("teams.yaml"), organization, people);
        List<Service> services = services(folder.resolve("services.yaml"), organization, teams);
        Path severityFile = folder.resolve("severities.yaml");
        List<Severity> severities = Files.exists(severityFile)
                ? severities(severityFile, parse(severityFile, SeveritiesFile.class))
                : builtInSeverities(defaultSeverities.get());
        List<IntegrationSpec> integrations = integrations(folder.resolve("integrations.yaml"), services, environment);
        List<StoredSchedule> schedules = SchedulesFileReader.read(folder.resolve("schedules.yaml"), organization,
                people);
        var folderSoFar = new OrganizationFolder(organization, people, teams, services, severities, integrations,
                schedules, List.of(), paging, List.of());
        List<StoredEscalationPolicy> policies = EscalationFileReader.read(folder.resolve("escalation.yaml"),
                folderSoFar);
        return new OrganizationFolder(organization, people, teams, services, severities, integrations, schedules,
                policies, paging, runbooks(folder.resolve("runbooks")));
    }

    private static List<RunbookFile> runbooks(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            List<RunbookFile> runbooks = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                String name = file.getFileName().toString();
                runbooks.add(new RunbookFile(name.substring(0, name.length() - 3), Files.readString(file)));
            }
            return runbooks;
        } catch (IOException e) {
            throw new InvalidConfiguration(folder, "cannot read the runbooks: " + e.getMessage());
        }
    }

    private static List<IntegrationSpec> integrations(Path file, List<Service> services,
            java.util.function.Function<String, String> environment) {
        if (!Files.exists(file)) {
            return List.of();
        }
        Set<String> slugs = new HashSet<>(services.stream().map(Service::slug).toList());
        List<IntegrationSpec> specs = new ArrayList<>();
        for (IntegrationEntry i : listOf(parse(file, IntegrationsFile.class).integrations())) {
            require(file, i.name(), "integrations[].name", 100);
            if (!slugs.contains(i.service())) {
                throw new InvalidConfiguration(file, "integration " + i.name() + " names service '" + i.service()
                        + "', which is not in this organization's services.yaml; known: " + slugs);
            }
            String key = i.keyEnv() != null ? environment.apply(i.keyEnv()) : i.key();
            if (key == null || key.length() < 16) {
                throw new InvalidConfiguration(file, "integration " + i.name() + " needs a key of at least 16 "
                        + "characters" + (i.keyEnv() != null ? " in the environment variable " + i.keyEnv() : ""));
            }
            Duration window = i.groupWindow() == null ? null : duration(file, i.groupWindow(), "groupWindow of " + i.name());
            specs.add(new IntegrationSpec(i.service(), i.name(), key, new IntegrationSettings(
                    i.severityMapping() == null ? java.util.Map.of() : i.severityMapping(), i.defaultSeverity(),
                    listOf(i.groupLabels()), window, Boolean.TRUE.equals(i.autoResolve()))));
        }
        return specs;
    }

    static Duration duration(Path file, String text, String what) {
        try {
            return DurationStyle.detectAndParse(text.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidConfiguration(file, what + " '" + text + "' is not a duration; write e.g. 30m or 1h");
        }
    }

    /**
     * Slugs and usernames are unique across organizations, so an alert or an API call can name
     * a service or a person without naming its organization.
     */
    static void requireDistinct(List<OrganizationFolder> folders) {
        requireDistinct(folders, "organization", f -> List.of(f.organization().slug()));
        requireDistinct(folders, "service", f -> f.services().stream().map(Service::slug).toList());
        requireDistinct(folders, "team", f -> f.teams().stream().map(Team::slug).toList());
        requireDistinct(folders, "username", f -> f.people().stream().map(Person::username).toList());
        requireDistinct(folders, "schedule", f -> f.schedules().stream().map(StoredSchedule::slug).toList());
        requireDistinct(folders, "escalation policy",
                f -> f.policies().stream().map(StoredEscalationPolicy::slug).toList());
    }

    private static void requireDistinct(List<OrganizationFolder> folders, String what,
            java.util.function.Function<OrganizationFolder, List<String>> names) {
        java.util.Map<String, String> owners = new java.util.HashMap<>();
        for (OrganizationFolder folder : folders) {
            for (String name : names.apply(folder)) {
                String owner = owners.putIfAbsent(name, folder.organization().slug());
                if (owner != null) {
                    throw new InvalidConfiguration(Path.of(folder.organization().slug()), what + " '" + name
                            + "' is defined by both " + owner + " and " + folder.organization().slug()
                            + "; " + what + "s must be unique across organizations");
                }
            }
        }
    }

    /** The Customer Portal seed's P1-P4, for organizations that do not define their own. */
    static List<Severity> builtInSeverities(InputStream yaml) {
        Path label = Path.of("(built-in default-severities.yaml)");
        return severities(label, parse(label, yaml, SeveritiesFile.class));
    }

    private static List<Person> people(Path file, Organization org) {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Person> people = new ArrayList<>();
        for (PersonEntry p : listOf(parse(file, PeopleFile.class).people())) {
            require(file, p.username(), "people[].username", SLUG_MAX);
            require(file, p.name(), "name of " + p.username(), NAME_MAX);
            if (p.username().equals(RESERVED_USERNAME)) {
                throw new InvalidConfiguration(file, "the username '" + RESERVED_USERNAME
                        + "' is the bootstrap administrator's; choose another");
            }
            Role role = p.role() == null ? Role.RESPONDER : enumValue(file, Role.class, "role of " + p.username(), p.role());
            people.add(new Person(p.username(), p.name(), org.slug(), p.title(), p.email(), p.phone(), p.chat(),
                    p.timeZone() == null ? org.timeZone() : zone(file, p.timeZone()), role));
        }
        return people;
    }

    private static List<PagingReader.Paging> paging(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        return listOf(parse(file, PeopleFile.class).people()).stream().map(p -> PagingReader.read(file, p)).toList();
    }

    private static List<Team> teams(Path file, Organization org, List<Person> people) {
        if (!Files.exists(file)) {
            return List.of();
        }
        Set<String> usernames = new HashSet<>(people.stream().map(Person::username).toList());
        List<Team> teams = new ArrayList<>();
        for (TeamEntry t : listOf(parse(file, TeamsFile.class).teams())) {
            require(file, t.slug(), "teams[].slug", SLUG_MAX);
            require(file, t.name(), "name of team " + t.slug(), NAME_MAX);
            List<Team.Member> members = new ArrayList<>();
            for (MemberEntry m : listOf(t.members())) {
                if (!usernames.contains(m.person())) {
                    throw new InvalidConfiguration(file, "team " + t.slug() + " names '" + m.person()
                            + "', who is not in people.yaml; known: " + usernames);
                }
                members.add(new Team.Member(m.person(), m.role() == null ? "member" : m.role()));
            }
            teams.add(new Team(t.slug(), org.slug(), t.name(), t.description(), members));
        }
        return teams;
    }

    private static List<Service> services(Path file, Organization org, List<Team> teams) {
        if (!Files.exists(file)) {
            return List.of();
        }
        Set<String> teamSlugs = new HashSet<>(teams.stream().map(Team::slug).toList());
        List<Service> services = new ArrayList<>();
        for (ServiceEntry s : listOf(parse(file, ServicesFile.class).services())) {
            require(file, s.slug(), "services[].slug", SLUG_MAX);
            require(file, s.name(), "name of service " + s.slug(), NAME_MAX);
            if (!s.slug().matches("[a-z0-9][a-z0-9-]*")) {
                throw new InvalidConfiguration(file, "service slug '" + s.slug()
                        + "' must be lowercase letters, digits and dashes");
            }
            if (s.ownerTeam() != null && !teamSlugs.contains(s.ownerTeam())) {
                throw new InvalidConfiguration(file, "service " + s.slug() + " is owned by unknown team '"
                        + s.ownerTeam() + "'; known: " + teamSlugs);
            }
            ServiceKind kind = s.kind() == null ? ServiceKind.INTERNAL
                    : enumValue(file, ServiceKind.class, "kind of " + s.slug(), s.kind());
            VendorEntry v = s.vendor();
            if (kind == ServiceKind.EXTERNAL && v == null) {
                throw new InvalidConfiguration(file, "external service " + s.slug()
                        + " needs a vendor: with the support contact to escalate to");
            }
            services.add(new Service(s.slug(), org.slug(), s.name(), kind, s.description(), s.ownerTeam(),
                    s.healthUrl(), v == null ? null : new VendorSupport(v.name(), v.contact(), v.email(), v.phone(),
                            v.url())));
        }
        return services;
    }

    private static List<Severity> severities(Path file, SeveritiesFile parsed) {
        List<Severity> severities = new ArrayList<>();
        int rank = 1;
        Set<String> codes = new HashSet<>();
        for (SeverityEntry s : listOf(parsed.severities())) {
            require(file, s.code(), "severities[].code", CODE_MAX);
            require(file, s.name(), "name of severity " + s.code(), 64);
            require(file, s.definition(), "definition of severity " + s.code(), 1000);
            require(file, s.responseTime(), "responseTime of severity " + s.code(), 32);
            if (!codes.add(s.code())) {
                throw new InvalidConfiguration(file, "severity " + s.code() + " is listed twice");
            }
            severities.add(new Severity(s.code(), rank++, s.name(), s.definition(), responseTarget(file, s),
                    listOf(s.examples())));
        }
        if (severities.isEmpty()) {
            throw new InvalidConfiguration(file, "list at least one severity");
        }
        return severities;
    }

    private static ResponseTarget responseTarget(Path file, SeverityEntry s) {
        String text = s.responseTime().trim();
        if (text.toLowerCase().replace('-', ' ').replace('_', ' ').equals("next business day")) {
            return new ResponseTarget.NextBusinessDay();
        }
        try {
            return new ResponseTarget.Within(DurationStyle.detectAndParse(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidConfiguration(file, "responseTime '" + text + "' of " + s.code()
                    + " is not a duration; write e.g. 15m, 1h, 24h or 'next business day'");
        }
    }

    static <T> T parse(Path file, Class<T> type) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file, in, type);
        } catch (IOException e) {
            throw new InvalidConfiguration(file, "cannot read: " + e.getMessage(), e);
        }
    }

    private static <T> T parse(Path file, InputStream in, Class<T> type) {
        try {
            T value = YAML.readValue(in, type);
            if (value == null) {
                throw new InvalidConfiguration(file, "the file is empty");
            }
            return value;
        } catch (JacksonException e) {
            throw new InvalidConfiguration(file, e.getOriginalMessage() + " (at " + e.getPathReference() + ")", e);
        }
    }

    static <E extends Enum<E>> E enumValue(Path file, Class<E> type, String what, String value) {
        try {
            return Wire.parse(type, what, value);
        } catch (Problem problem) {
            throw new InvalidConfiguration(file, problem.getMessage());
        }
    }

    static ZoneId zone(Path file, String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new InvalidConfiguration(file, "unknown time zone '" + id + "'; use an IANA name like Europe/Berlin");
        }
    }

    private static LocalTime time(Path file, String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeException e) {
            throw new InvalidConfiguration(file, "business hour '" + text + "' must look like 09:00");
        }
    }

    static void require(Path file, String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidConfiguration(file, field + " is required");
        }
        if (value.length() > max) {
            throw new InvalidConfiguration(file, field + " '" + value + "' is longer than " + max + " characters");
        }
    }

    static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
