package dev.tocsin;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Fails the build when a module reaches into another's internals or dependencies form a cycle. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TocsinApplication.class);

    @Test
    void module_boundaries_hold() {
        modules.verify();
    }

    @Test
    void the_module_diagram_in_docs_is_current() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
