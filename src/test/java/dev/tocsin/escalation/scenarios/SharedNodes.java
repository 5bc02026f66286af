package dev.tocsin.escalation.scenarios;

import dev.tocsin.support.EachDatabase;
import dev.tocsin.support.MutableClock;
import dev.tocsin.support.TestDatabases;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
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
        return EachDatabase.invocations(Tocsin.class, TestDatabases::emptyPostgresSchema, (engine, database, test) ->
                test.getRoot().getStore(NODES).computeIfAbsent(engine,
                        key -> Tocsin.start(database.get(), new MutableClock(Instant.now())), Tocsin.class));
    }
}
