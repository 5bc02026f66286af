package dev.tocsin.platform;

import java.time.DateTimeException;
import java.time.ZoneId;

/** What API bodies name, read the same way by every module: the name a PUT replaces, a time zone. */
public final class RequestNames {

    private RequestNames() {
    }

    /**
     * The name of what a PUT replaces: its path's. The body may repeat it; a different one is a
     * mistake, not a rename, and a 422 naming {@code field}.
     */
    public static String ofPut(String field, String inBody, String inPath) {
        if (inBody != null && !inBody.equals(inPath)) {
            throw Problem.invalid(field, field + ": the body names '" + inBody + "' but the path '" + inPath + "'; a "
                    + field + " cannot be changed. Leave it out or send the same one.");
        }
        return inPath;
    }

    /** An IANA time zone; a 422 naming {@code field} for anything else. */
    public static ZoneId zone(String field, String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw Problem.invalid(field, field + ": '" + id + "' is not a time zone; use an IANA name such as "
                    + "Europe/Berlin or America/New_York.");
        }
    }
}
