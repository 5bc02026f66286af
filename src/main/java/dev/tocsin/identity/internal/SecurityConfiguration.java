package dev.tocsin.identity.internal;

import dev.tocsin.identity.ApiTokens;
import dev.tocsin.platform.ProblemTypes;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three doors: alert senders come in with an integration key that their endpoint checks;
 * {@code /api/**} takes bearer tokens (the calendar feeds, a signed key instead) and answers in
 * problem details; the web UI takes a signed-in session with CSRF protection. Acknowledge links
 * ({@code /ack/**}, {@code POST /api/v1/acknowledge/*}) carry a signed token instead, which the
 * notify module checks; the page's POST still needs the CSRF token its form carries.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] PUBLIC = {"/health", "/actuator/prometheus", "/login", "/css/**", "/js/**",
            "/webjars/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error",
            "/favicon.ico",
            // Acknowledge links in the messages that page people: the signed token in the path is the credential (notify checks it).
            "/ack/**"};

    /** Paths where alert senders authenticate with an integration key, checked by the endpoint itself. */
    private static final String[] SENDERS = {"/v2/enqueue", "/v2/alerts", "/v2/alerts/*/close",
            "/v2/alerts/*/acknowledge", "/api/v1/integrations/*/alertmanager", "/api/v1/integrations/*/grafana",
            "/api/v1/integrations/*/generic", "/api/v1/heartbeats/*"};

    @Bean
    @Order(0)
    SecurityFilterChain senders(HttpSecurity http) throws Exception {
        // The hot path of a storm: the endpoints check the key themselves, so the chain keeps only
        // what an anonymous machine-to-machine call needs (profiling put the full chain at a fifth
        // of an alert's cost).
        return http.securityMatcher(SENDERS)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.disable())
                .securityContext(c -> c.disable())
                .requestCache(c -> c.disable())
                .anonymous(a -> a.disable())
                .servletApi(s -> s.disable())
                .logout(l -> l.disable())
                .headers(h -> h.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, JsonMapper json) throws Exception {
        return http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, json), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/v1/tokens/**", "/api/v1/tokens", "/api/v1/integrations/**",
                                "/api/v1/integrations", "/api/v1/heartbeats").hasRole("ADMIN")
                        // Who may be paged and how is the organization's setup, as in its folder: admins change it.
                        .requestMatchers(HttpMethod.POST, "/api/v1/users", "/api/v1/teams", "/api/v1/schedules",
                                "/api/v1/escalation-policies").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/users/*", "/api/v1/teams/*", "/api/v1/schedules/*",
                                "/api/v1/escalation-policies/*").hasRole("ADMIN")
                        // A person's contact methods and rules: usually their own to edit, but API tokens belong to
                        // no person, so admins write them (as they write the user) and viewers read them.
                        .requestMatchers(HttpMethod.POST, "/api/v1/users/*/contact-methods").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/users/*/contact-methods/*",
                                "/api/v1/users/*/notification-rules").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/users/*/contact-methods/**").hasRole("ADMIN")
                        // Runbooks say what may be run in an incident: leads write them.
                        .requestMatchers(HttpMethod.POST, "/api/v1/runbooks/*/import/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/runbooks").hasRole("LEAD")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/runbooks/*").hasRole("LEAD")
                        // A destructive step runs only when a lead (other than who asked: Playbooks checks) approves.
                        .requestMatchers(HttpMethod.POST, "/api/v1/incidents/*/playbook/runs/*/approve",
                                "/api/v1/incidents/*/playbook/runs/*/reject").hasRole("LEAD")
                        // Calendar apps cannot send a token: the feeds take a token or a signed ?key= and
                        // check which themselves (oncall's FeedAccess); an unknown bearer token is still a 401 here.
                        .requestMatchers("/api/v1/schedules/*/calendar.ics", "/api/v1/users/*/calendar.ics").permitAll()
                        // Chat buttons post an acknowledge link's signed token, which notify checks.
                        .requestMatchers(HttpMethod.POST, "/api/v1/acknowledge/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").hasRole("VIEWER")
                        .anyRequest().hasRole("RESPONDER"))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            ProblemTypes.write(response, ProblemTypes.problem(HttpStatus.UNAUTHORIZED,
                                    "unauthenticated", "Authentication required",
                                    "Send an API token as 'Authorization: Bearer <token>'."), json);
                        })
                        .accessDeniedHandler((request, response, ex) -> ProblemTypes.write(response,
                                ProblemTypes.problem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                                        "Your token's role may not " + request.getMethod() + " "
                                                + request.getRequestURI() + "; ask an admin for a token with a "
                                                + "higher role."), json)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers(HttpMethod.POST, "/incidents/*/playbook/runs/*/approve",
                                "/incidents/*/playbook/runs/*/reject").hasRole("LEAD")
                        .requestMatchers(HttpMethod.GET, "/**").hasRole("VIEWER")
                        .anyRequest().hasRole("RESPONDER"))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/incidents", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .build();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_LEAD
                ROLE_LEAD > ROLE_RESPONDER
                ROLE_RESPONDER > ROLE_VIEWER""");
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(PeopleRepository people) {
        return username -> people.findLogin(username)
                .map(login -> User.withUsername(login.username())
                        .password(login.passwordHash())
                        .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + login.role().name())))
                        .build())
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
