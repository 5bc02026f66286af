package dev.tocsin.escalation;

/** Whom a level reaches; resolved to people at the moment the level falls due. */
public sealed interface EscalationTarget {

    /** Whoever is on call on one layer of a schedule (the seed's "On-call engineer"). */
    record OnCall(String schedule, String layer) implements EscalationTarget {
    }

    /** One person, by username (the seed's "Development lead"). */
    record Person(String username) implements EscalationTarget {
    }

    /** Every member of a team (the CRM seed's "DevOps team"). */
    record Team(String slug) implements EscalationTarget {
    }

    /** The support contact of each affected external service (the seed's L4 "Vendor support"). */
    record VendorSupport() implements EscalationTarget {
    }
}
