package dev.tocsin.identity;

import dev.tocsin.catalog.Catalog;
import dev.tocsin.identity.internal.PeopleRepository;
import dev.tocsin.platform.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API for people and teams. {@code save} is configuration as code's (its folder was
 * checked as a whole); {@code create} and {@code update} are the API's, and check each change.
 */
@Component
public class People {

    /** The bootstrap administrator, whom Tocsin itself keeps (BootstrapAdmin). */
    public static final String BOOTSTRAP_ADMIN = "admin";

    private final PeopleRepository repository;
    private final Catalog catalog;

    People(PeopleRepository repository, Catalog catalog) {
        this.repository = repository;
        this.catalog = catalog;
    }

    /** Creates or updates a person; a password set for sign-in is kept. */
    @Transactional
    public void save(Person person) {
        repository.upsert(person);
    }

    /** Creates or updates a team and replaces its membership. */
    @Transactional
    public void save(Team team) {
        repository.upsert(team);
    }

    /** A new person: 409 when the username is taken, 422 for an unknown organization. */
    @Transactional
    public Person create(Person person) {
        if (repository.findPerson(person.username()).isPresent()) {
            throw alreadyExists("A user named '" + person.username() + "' exists already; change it with "
                    + "PUT /api/v1/users/" + person.username() + ", or choose another username.");
        }
        catalog.requireOrganization(person.organization());
        repository.insert(person);
        return person;
    }

    /** Replaces a person's details, keeping any sign-in password: 404 when unknown. */
    @Transactional
    public Person update(Person person) {
        if (BOOTSTRAP_ADMIN.equals(person.username())) {
            throw Problem.conflict("reserved-user", "Reserved user", "'" + BOOTSTRAP_ADMIN + "' is the bootstrap "
                    + "administrator, kept by Tocsin itself (TOCSIN_ADMIN_PASSWORD, TOCSIN_ADMIN_TOKEN); it cannot be "
                    + "changed over the API.", Map.of());
        }
        if (repository.findPerson(person.username()).isEmpty()) {
            throw Problem.notFound("User", person.username());
        }
        catalog.requireOrganization(person.organization());
        repository.upsert(person);
        return person;
    }

    /** A new team: 409 when the slug is taken, 422 for an unknown organization or member. */
    @Transactional
    public Team create(Team team) {
        if (repository.findTeam(team.slug()).isPresent()) {
            throw alreadyExists("A team '" + team.slug() + "' exists already; change it with PUT /api/v1/teams/"
                    + team.slug() + ", or choose another slug.");
        }
        requireValid(team);
        repository.insert(team);
        return repository.findTeam(team.slug()).orElseThrow();
    }

    /** Replaces a team's details and membership: 404 when unknown. */
    @Transactional
    public Team update(Team team) {
        if (repository.findTeam(team.slug()).isEmpty()) {
            throw Problem.notFound("Team", team.slug());
        }
        requireValid(team);
        repository.upsert(team);
        return repository.findTeam(team.slug()).orElseThrow();
    }

    public Optional<Person> person(String username) {
        return repository.findPerson(username);
    }

    public List<Person> people() {
        return repository.people();
    }

    public Optional<Team> team(String slug) {
        return repository.findTeam(slug);
    }

    /** The person an API request names in {@code field}; a 422 naming the field if there is none. */
    public Person requirePerson(String field, String username) {
        return repository.findPerson(username).orElseThrow(() -> Problem.invalid(field, field + ": there is no user '"
                + username + "'; create them first (POST /api/v1/users)."));
    }

    public List<Team> teams() {
        return repository.teams();
    }

    private void requireValid(Team team) {
        catalog.requireOrganization(team.organization());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < team.members().size(); i++) {
            String username = team.members().get(i).username();
            String field = "members[" + i + "].username";
            if (!seen.add(username)) {
                throw Problem.invalid(field, field + ": '" + username + "' is listed twice; list each member once.");
            }
            requirePerson(field, username);
        }
    }

    private static Problem alreadyExists(String detail) {
        return Problem.conflict("already-exists", "Already exists", detail, Map.of());
    }
}
