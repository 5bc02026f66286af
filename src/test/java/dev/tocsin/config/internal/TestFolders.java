package dev.tocsin.config.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;

/** What the organization-folder tests share. */
final class TestFolders {

    private TestFolders() {
    }

    /** The built-in P1–P4, for test folders without a severities.yaml. */
    static InputStream builtInSeverities() {
        try {
            return new ClassPathResource("default-severities.yaml").getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
