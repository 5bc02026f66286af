package dev.tocsin.runbook.internal.run;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The server's environment variables a runbook step never gets: names that say they hold a
 * credential, and Tocsin's own settings. A runbook (or a lead's typo) must not send the database
 * password to a URL, nor print the admin token into a step's output.
 */
final class WithheldVariables {

    private static final Pattern WITHHELD = Pattern.compile("(?i).*(password|passwd|secret|token|key|credential).*"
            + "|(?i)(tocsin|spring|db_scheduler)_.*");

    static final String WHY = "names with PASSWORD, SECRET, TOKEN, KEY or CREDENTIAL, and TOCSIN_ and SPRING_"
            + " settings, are withheld";

    private WithheldVariables() {
    }

    static boolean withheld(String name) {
        return WITHHELD.matcher(name).matches();
    }

    /** Removes the withheld variables from a child process's environment. */
    static void removeFrom(Map<String, String> environment) {
        environment.keySet().removeIf(WithheldVariables::withheld);
    }
}
