package vn.reviewledger.platform.security;

import static vn.reviewledger.platform.security.Roles.ADMIN;
import static vn.reviewledger.platform.security.Roles.AUDITOR;
import static vn.reviewledger.platform.security.Roles.OFFICE;
import static vn.reviewledger.platform.security.Roles.SECRETARY;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HTTP Basic over a stateless API (bearer JWTs instead under the production profile, see
 * {@link ProductionGuard} and {@link ClaimsConverter}). Who may send which command is decided here
 * by path (scope, which unit, is decided by the command side and the read side): an auditor
 * reads and never commands; opening cycles and deciding ratings belong to the committee office;
 * a secretary records the steps of the procedure. The actor of every command comes from here.
 *
 * <p>The web UI has its own chain (form login, a session, CSRF protection). Its pages call the same
 * API from the browser: the API chain also accepts that session (never creating one), and then asks
 * for the CSRF token on every POST, since a browser sends a session cookie by itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfig {

    static final Set<String> ROLES = Set.of(ADMIN, OFFICE, SECRETARY, AUDITOR);

    /** BCrypt once per user and interval, not once per request (see {@link VerifiedCredentialsCache}). */
    @Bean
    @Profile("!" + ProductionGuard.PROFILE)
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
                                                SecurityProperties properties) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new ProviderManager(new VerifiedCredentialsCache(dao, properties.verifiedCredentialsTtl()));
    }

    /** Paths of the web UI and its assets; everything else is the API's. */
    static final String[] UI_PATHS = {"/", "/ui", "/ui/**", "/login", "/logout", "/assets/**", "/webjars/**",
            "/favicon.ico"};

    /**
     * No inline script or style anywhere in the UI; the SVG charts and the event stream come from
     * this origin; no page may frame it.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain ui(HttpSecurity http, ObjectProvider<AuthenticationManager> manager, Environment environment,
                           ObjectProvider<ProductionGuard> guard, ProblemSecurityHandlers problems,
                           SecurityProperties properties) throws Exception {
        // The guard first: under the production profile no chain, so no request, before it has passed.
        guard.ifAvailable(passed -> { });
        http.securityMatcher(UI_PATHS)
                .headers(h -> h.frameOptions(f -> f.deny())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        if (production(environment)) {
            // No embedded users to sign in with a form: the screens take the same bearer token as the
            // API, as set by an authenticating reverse proxy in front of the application.
            http.authorizeHttpRequests(auth -> auth
                            .requestMatchers("/assets/**", "/webjars/**", "/favicon.ico").permitAll()
                            .anyRequest().authenticated())
                    .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                    .oauth2ResourceServer(o -> o.authenticationEntryPoint(problems)
                            .jwt(j -> j.jwtAuthenticationConverter(new ClaimsConverter(properties.jwt()))));
            return http.build();
        }
        http.authenticationManager(manager.getObject())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/assets/**", "/webjars/**", "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ProblemSecurityHandlers problems,
                            ObjectProvider<AuthenticationManager> manager, Environment environment,
                            ObjectProvider<ProductionGuard> guard, SecurityProperties properties) throws Exception {
        guard.ifAvailable(passed -> { });
        HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();
        session.setAllowSessionCreation(false);
        if (production(environment)) {
            // Bearer JWTs only: no Basic, no embedded users.
            http.oauth2ResourceServer(o -> o.authenticationEntryPoint(problems)
                    .jwt(j -> j.jwtAuthenticationConverter(new ClaimsConverter(properties.jwt()))));
        } else {
            http.authenticationManager(manager.getObject())
                    .httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        http.csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfig::postWithSession))
                .securityContext(c -> c.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), session)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(h -> h.frameOptions(f -> f.deny()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        // Counts of everything the ledger does, by command and by processor: an operator's.
                        .requestMatchers("/actuator/prometheus").hasRole(ADMIN)
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/error").permitAll()
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        .requestMatchers("/api/admin/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/cycles").hasAnyRole(ADMIN, OFFICE)
                        .requestMatchers(HttpMethod.POST, "/api/cycles/*/decisions").hasAnyRole(ADMIN, OFFICE)
                        .requestMatchers(HttpMethod.POST, "/api/reviews/*/decision", "/api/reviews/*/reclassification",
                                "/api/reviews/*/extensions", "/api/reviews/*/complaints/*/resolution")
                        .hasAnyRole(ADMIN, OFFICE)
                        .requestMatchers(HttpMethod.POST, "/api/**").hasAnyRole(ADMIN, OFFICE, SECRETARY)
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(ADMIN, OFFICE, SECRETARY, AUDITOR)
                        .anyRequest().denyAll());
        return http.build();
    }

    /**
     * CSRF matters only where the browser authenticates by itself, with the UI's session cookie. A
     * request without a session (Basic, a script, a test) carries its credentials explicitly.
     */
    private static boolean postWithSession(HttpServletRequest request) {
        String method = request.getMethod();
        boolean safe = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)
                || "TRACE".equals(method);
        return !safe && request.getSession(false) != null;
    }

    static boolean production(Environment environment) {
        return environment.acceptsProfiles(Profiles.of(ProductionGuard.PROFILE));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Users from configuration; their units become {@code UNIT_x} authorities for scoping and audit. */
    @Bean
    @Profile("!" + ProductionGuard.PROFILE)
    UserDetailsService users(SecurityProperties properties) {
        List<UserDetails> users = new ArrayList<>();
        for (SecurityProperties.User u : properties.users()) {
            if (u.password() == null || !u.password().startsWith("{")) {
                throw new IllegalStateException("User '" + u.username() + "' needs a hashed password such as {bcrypt}...");
            }
            if (!ROLES.contains(u.role())) {
                throw new IllegalStateException("User '" + u.username() + "' has unknown role '" + u.role() + "'");
            }
            List<GrantedAuthority> authorities = new ArrayList<>();
            authorities.add(new SimpleGrantedAuthority("ROLE_" + u.role()));
            u.units().forEach(unit -> authorities.add(new SimpleGrantedAuthority("UNIT_" + unit)));
            users.add(User.withUsername(u.username()).password(u.password()).authorities(authorities).build());
        }
        return new InMemoryUserDetailsManager(users);
    }
}
