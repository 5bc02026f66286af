package dev.tocsin.support;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/** A test template's invocations once on H2 and once on PostgreSQL, each handing the test what it asks for. */
public final class EachDatabase {

    /** What a test gets on one engine, from that engine's fresh database. */
    @FunctionalInterface
    public interface Resolver {
        Object resolve(String engine, Supplier<TestDatabase> database, ExtensionContext context);
    }

    private EachDatabase() {
    }

    /** Invocations "on H2" and "on PostgreSQL" resolving parameters of {@code type} through {@code resolver}. */
    public static Stream<TestTemplateInvocationContext> invocations(Class<?> type, Supplier<TestDatabase> postgres,
            Resolver resolver) {
        return Stream.of(invocation("H2", TestDatabases::h2, type, resolver),
                invocation("PostgreSQL", postgres, type, resolver));
    }

    private static TestTemplateInvocationContext invocation(String engine, Supplier<TestDatabase> database,
            Class<?> type, Resolver resolver) {
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
                        return parameter.getParameter().getType() == type;
                    }

                    @Override
                    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
                        return resolver.resolve(engine, database, context);
                    }
                });
            }
        };
    }
}
