package dev.tocsin.runbook.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WithheldVariablesTest {

    @Test
    void credentials_and_tocsins_own_settings_leave_a_steps_environment_and_the_rest_stays() {
        Map<String, String> environment = new HashMap<>(Map.of("PATH", "/usr/bin", "HOME", "/root",
                "REDIS_URL", "redis://cache:6379", "WHMCS_API_URL", "https://whmcs", "DATABASE_PASSWORD", "pw",
                "GITHUB_TOKEN", "ghp", "AWS_SECRET_ACCESS_KEY", "aws", "TOCSIN_ADMIN_TOKEN", "admin",
                "SPRING_MAIL_HOST", "smtp", "tocsin_database_url", "jdbc:postgresql://db/tocsin"));

        WithheldVariables.removeFrom(environment);

        assertThat(environment).containsOnlyKeys("PATH", "HOME", "REDIS_URL", "WHMCS_API_URL");
    }
}
