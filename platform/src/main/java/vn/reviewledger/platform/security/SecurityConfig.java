package vn.reviewledger.platform.security;

import static vn.reviewledger.platform.security.Roles.ADMIN;
import static vn.reviewledger.platform.security.Roles.AUDITOR;
import static vn.reviewledger.platform.security.Roles.OFFICE;
import static vn.reviewledger.platform.security.Roles.SECRETARY;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
 * HTTP Basic over a stateless API. Who may send which command is decided here by path: an auditor
 * reads and never commands; opening cycles and deciding ratings belong to the committee office;
 * a secretary records the steps of the procedure. The actor of every command comes from here.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfig {

    private static final Set<String> ROLES = Set.of(ADMIN, OFFICE, SECRETARY, AUDITOR);

    /** BCrypt once per user and interval, not once per request (see {@link VerifiedCredentialsCache}). */
    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
                                                SecurityProperties properties) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new ProviderManager(new VerifiedCredentialsCache(dao, properties.verifiedCredentialsTtl()));
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemSecurityHandlers problems, AuthenticationManager manager)
            throws Exception {
        http.authenticationManager(manager)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(h -> h.frameOptions(f -> f.deny()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/error").permitAll()
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

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Users from configuration; their units become {@code UNIT_x} authorities for scoping and audit. */
    @Bean
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
