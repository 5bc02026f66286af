package dev.tocsin.config.internal;

import java.nio.file.Path;

/** Stops start-up with the file and the field to fix, rather than running half-configured. */
class InvalidConfiguration extends RuntimeException {

    InvalidConfiguration(Path file, String problem) {
        super(file + ": " + problem);
    }

    InvalidConfiguration(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
