package dev.tocsin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Fails the build when a module reaches into another's internals or dependencies form a cycle. */
class ModularityTests {

    private static final Path DOCS = Path.of("docs/modules");
    private static final Path GENERATED = Path.of("target/modules");

    private final ApplicationModules modules = ApplicationModules.of(TocsinApplication.class);

    @Test
    void module_boundaries_hold() {
        modules.verify();
    }

    /**
     * The generator orders lines differently from run to run, so files are compared as sets of
     * lines (a list's items in any order). A stale diagram is rewritten in docs/ and fails the test, to be committed.
     */
    @Test
    void the_module_diagram_in_docs_is_current() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeModuleCanvases();

        List<String> stale = new ArrayList<>();
        try (Stream<Path> files = Files.list(GENERATED)) {
            for (Path generated : files.toList()) {
                Path committed = DOCS.resolve(generated.getFileName());
                if (!Files.exists(committed) || !sortedLines(committed).equals(sortedLines(generated))) {
                    Files.createDirectories(DOCS);
                    Files.copy(generated, committed, StandardCopyOption.REPLACE_EXISTING);
                    stale.add(committed.toString());
                }
            }
        }
        assertThat(stale).as("rewritten from the code; commit them").isEmpty();
    }

    /** A list's first item carries the table cell's "|", so "|* a" and "* a" are the same item in another order. */
    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(line -> line.startsWith("|* ") ? line.substring(1) : line)
                .sorted().toList();
    }
}
