package dev.tocsin.platform;

import java.util.function.Supplier;

/**
 * Domain records refuse bad values in their constructors with an IllegalArgumentException (or a
 * NullPointerException from Objects.requireNonNull) whose message says what to change. An API
 * builds them through {@link #check}, so that message reaches the caller as a 422 that also says
 * where: the request field it came from.
 */
public final class DomainRules {

    private DomainRules() {
    }

    public static <T> T check(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            String why = e.getMessage() == null ? "is missing or invalid." : e.getMessage();
            throw Problem.invalid(field, field + ": " + why);
        }
    }
}
