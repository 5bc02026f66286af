package dev.tocsin.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ProblemTest {

    @Test
    void a_property_may_not_shadow_a_standard_member() {
        assertThatThrownBy(() -> new Problem(HttpStatus.CONFLICT, "x", "X", "detail", Map.of("status", "closed")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'status'");
    }
}
