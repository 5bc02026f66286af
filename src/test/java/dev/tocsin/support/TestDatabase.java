package dev.tocsin.support;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A freshly migrated, empty Tocsin schema on one database engine. */
public record TestDatabase(String engine, String url, String user, DataSource dataSource) {

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    @Override
    public String toString() {
        return engine;
    }
}
