package dev.tocsin.identity;

import dev.tocsin.identity.internal.PeopleRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The module's API for people and teams. */
@Component
public class People {

    private final PeopleRepository repository;

    People(PeopleRepository repository) {
        this.repository = repository;
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

    public Optional<Person> person(String username) {
        return repository.findPerson(username);
    }

    public List<Person> people() {
        return repository.people();
    }

    public Optional<Team> team(String slug) {
        return repository.findTeam(slug);
    }

    public List<Team> teams() {
        return repository.teams();
    }
}
