package dev.tocsin.identity;

import java.util.List;

public record Team(String slug, String organization, String name, String description, List<Member> members) {

    /** A person's place in the team, e.g. "Engineering Lead" or "Primary On-Call". */
    public record Member(String username, String role) {
    }
}
