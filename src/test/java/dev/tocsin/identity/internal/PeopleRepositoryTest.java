package dev.tocsin.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.identity.Person;
import dev.tocsin.identity.Role;
import dev.tocsin.identity.Team;
import dev.tocsin.support.BothDatabases;
import dev.tocsin.support.Fixtures;
import dev.tocsin.support.TestDatabase;
import java.time.ZoneId;
import java.util.List;

class PeopleRepositoryTest {

    private static final Person MAYA = new Person("maya", "Maya Ortiz", Fixtures.ORG, "Primary On-Call",
            "maya@example.com", "+1 555 0101", "@maya", ZoneId.of("Europe/Berlin"), Role.RESPONDER);

    @BothDatabases
    void a_person_reads_back_and_an_update_keeps_the_password(TestDatabase db) {
        Fixtures.organization(db.jdbc());
        var repository = new PeopleRepository(db.jdbc());
        repository.upsert(MAYA);
        repository.setPasswordHash("maya", "{noop}secret");
        Person promoted = new Person("maya", "Maya Ortiz", Fixtures.ORG, "Lead", null, null, null,
                ZoneId.of("UTC"), Role.LEAD);
        repository.upsert(promoted);

        assertThat(repository.findPerson("maya")).contains(promoted);
        assertThat(repository.findLogin("maya")).contains(new PeopleRepository.Login("maya", Role.LEAD, "{noop}secret"));
    }

    @BothDatabases
    void people_without_a_password_cannot_sign_in(TestDatabase db) {
        Fixtures.organization(db.jdbc());
        var repository = new PeopleRepository(db.jdbc());
        repository.upsert(MAYA);
        assertThat(repository.findLogin("maya")).isEmpty();
    }

    @BothDatabases
    void saving_a_team_replaces_its_members(TestDatabase db) {
        Fixtures.organization(db.jdbc());
        var repository = new PeopleRepository(db.jdbc());
        repository.upsert(MAYA);
        repository.upsert(new Person("ken", "Ken Ito", Fixtures.ORG, null, null, null, null, ZoneId.of("UTC"),
                Role.RESPONDER));
        repository.upsert(new Team("eng", Fixtures.ORG, "Engineering", null,
                List.of(new Team.Member("maya", "Primary On-Call"), new Team.Member("ken", "Secondary On-Call"))));
        Team smaller = new Team("eng", Fixtures.ORG, "Engineering", "Runs the API",
                List.of(new Team.Member("ken", "Primary On-Call")));
        repository.upsert(smaller);

        assertThat(repository.findTeam("eng")).contains(smaller);
        assertThat(repository.teams()).containsExactly(smaller);
    }
}
