package dev.tocsin.platform;

import java.util.Arrays;
import java.util.Locale;

/** Enum constants travel as lowercase names (customer_report), in JSON, forms, YAML and SQL. */
public final class Wire {

    private Wire() {
    }

    public static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The constant for a wire name; a 422 naming the field and the choices when there is none. */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        for (E constant : type.getEnumConstants()) {
            if (name(constant).equals(value)) {
                return constant;
            }
        }
        throw Problem.invalid(field, field + " cannot be '" + value + "'; use one of "
                + Arrays.stream(type.getEnumConstants()).map(Wire::name).toList() + ".");
    }
}
