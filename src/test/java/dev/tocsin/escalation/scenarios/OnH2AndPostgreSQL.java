package dev.tocsin.escalation.scenarios;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a scenario twice, on a {@link Tocsin} on H2 and on one on PostgreSQL, passed as its
 * parameter. The two nodes are started once for the whole run and shared by every scenario;
 * each scenario begins with {@link Tocsin#beginAt}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(SharedNodes.class)
@interface OnH2AndPostgreSQL {
}
