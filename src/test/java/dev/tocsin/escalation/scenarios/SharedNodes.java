package dev.tocsin.escalation.scenarios;

import dev.tocsin.support.MutableClock;
import dev.tocsin.support.TestDatabase;
import dev.tocsin.support.TestDatabases;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * One {@link Tocsin} on H2 and one on PostgreSQL, each on its own fresh database, started when
 * a scenario first needs it and stopped when the run ends (the root store closes them).
 */
class SharedNodes implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NODES = ExtensionContext.Namespace.create(SharedNodes.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(invocation("H2", TestDatabases::h2), invocation("PostgreSQL", TestDatabases::emptyPostgresSchema));
    }

    private static TestTemplateInvocationContext invocation(String engine, Supplier<TestDatabase> database) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return "on " + engine;
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new ParameterResolver() {
                    @Override
                    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
                        return parameter.getParameter().getType() == Tocsin.class;
                    }

                    @Override
                    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
                        return context.getRoot().getStore(NODES).computeIfAbsent(engine,
                                key -> Tocsin.start(database.get(), new MutableClock(Instant.now())), Tocsin.class);
                    }
                });
            }
        };
    }
}
