package dev.tocsin.identity.internal;

import dev.tocsin.identity.ApiToken;
import dev.tocsin.identity.ApiTokens;
import dev.tocsin.platform.ProblemTypes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/** Turns {@code Authorization: Bearer <token>} into an authenticated caller with the token's role. */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    static final String ACTOR_PREFIX = "token:";

    private final ApiTokens tokens;
    private final JsonMapper json;

    ApiTokenAuthenticationFilter(ApiTokens tokens, JsonMapper json) {
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiToken> token;
        try {
            token = tokens.authenticate(header.substring(7).trim());
        } catch (DataAccessException e) {
            // Senders retry a 503 (Alertmanager does not retry a 4xx or treat a 500 as transient).
            response.setHeader(HttpHeaders.RETRY_AFTER, ProblemTypes.RETRY_AFTER_SECONDS);
            ProblemTypes.write(response, ProblemTypes.databaseUnavailable(), json);
            return;
        }
        if (token.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            ProblemTypes.write(response, ProblemTypes.problem(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "Invalid token", "The bearer token is unknown or revoked. Ask an admin for a valid API token."),
                    json);
            return;
        }
        var row = token.get();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(ACTOR_PREFIX + row.name(), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + row.role().name())));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        chain.doFilter(request, response);
    }
}
