package dev.tocsin.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tocsin.identity.ApiTokens;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class ApiTokenAuthenticationFilterTest {

    @Test
    void when_the_database_is_unreachable_the_caller_gets_a_503_to_retry() throws Exception {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2");
        var tokens = new ApiTokens(new TokenRepository(JdbcClient.create(nowhere)), Clock.systemUTC());
        var filter = new ApiTokenAuthenticationFilter(tokens, JsonMapper.builder().build());
        var request = new MockHttpServletRequest("POST", "/api/v1/incidents");
        request.addHeader("Authorization", "Bearer tcn_anything-at-all");
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("urn:tocsin:problem:database-unavailable");
        assertThat(chain.getRequest()).as("the request went no further").isNull();
    }
}
