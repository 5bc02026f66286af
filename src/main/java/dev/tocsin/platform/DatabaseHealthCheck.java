package dev.tocsin.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

@Component
class DatabaseHealthCheck implements HealthCheck {

    private final DataSource dataSource;

    DatabaseHealthCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public CheckResult check() {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            statement.execute("SELECT 1");
            return CheckResult.up(Map.of(
                    "database", connection.getMetaData().getDatabaseProductName(),
                    "latencyMs", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
        } catch (SQLException e) {
            return CheckResult.down(Map.of("error", String.valueOf(e.getMessage())));
        }
    }
}
