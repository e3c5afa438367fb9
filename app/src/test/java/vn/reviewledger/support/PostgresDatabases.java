package vn.reviewledger.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server the tests use, and a fresh database on it for each Spring context or test,
 * so runs never see each other's events. The server is {@code jdbc:postgresql://127.0.0.1:5432/test}
 * (user postgres, trust auth) unless {@code REVIEWLEDGER_TEST_PG_URL}, {@code _USER},
 * {@code _PASSWORD} (or system properties {@code reviewledger.test.pg.url|user|password}) say
 * otherwise. Databases are named {@code rl_t<epoch seconds>_<random>}; each is dropped when its
 * test is done, and any left behind by a killed run is dropped by a later run after a few hours.
 */
public final class PostgresDatabases {

    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?$");
    private static final Pattern NAME = Pattern.compile("^rl_t(\\d+)_[0-9a-f]+$");
    private static final Duration ABANDONED_AFTER = Duration.ofHours(6);
    private static volatile String unreachable;
    private static volatile boolean checked;

    /** A database created for one context or test. */
    public record Database(String name, String url) {
    }

    private PostgresDatabases() {
    }

    public static String adminUrl() {
        return setting("REVIEWLEDGER_TEST_PG_URL", "reviewledger.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    }

    public static String user() {
        return setting("REVIEWLEDGER_TEST_PG_USER", "reviewledger.test.pg.user", "postgres");
    }

    public static String password() {
        return setting("REVIEWLEDGER_TEST_PG_PASSWORD", "reviewledger.test.pg.password", "");
    }

    /** Null when the server answers; otherwise why it does not. Asked once per JVM. */
    static synchronized String whyUnreachable() {
        if (!checked) {
            DriverManager.setLoginTimeout(3);
            try (Connection c = DriverManager.getConnection(adminUrl(), user(), password())) {
                unreachable = c.isValid(3) ? null : "connection not valid";
                if (unreachable == null) {
                    dropAbandoned(c);
                }
            } catch (SQLException e) {
                unreachable = e.getMessage();
            }
            checked = true;
        }
        return unreachable;
    }

    public static Database create() {
        String name = "rl_t" + Instant.now().getEpochSecond() + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        execute("create database " + name);
        Matcher m = URL.matcher(adminUrl());
        if (!m.matches()) {
            throw new IllegalStateException("Not a PostgreSQL JDBC URL: " + adminUrl());
        }
        return new Database(name, m.group(1) + name + (m.group(3) == null ? "" : m.group(3)));
    }

    /** Drops the database, ending any session still connected to it. */
    public static void drop(String name) {
        execute("drop database if exists " + name + " with (force)");
    }

    private static void dropAbandoned(Connection c) throws SQLException {
        List<String> old = new ArrayList<>();
        try (var rs = c.createStatement().executeQuery("select datname from pg_database where datname like 'rl_t%'")) {
            while (rs.next()) {
                Matcher m = NAME.matcher(rs.getString(1));
                if (m.matches() && Instant.ofEpochSecond(Long.parseLong(m.group(1)))
                        .isBefore(Instant.now().minus(ABANDONED_AFTER))) {
                    old.add(rs.getString(1));
                }
            }
        }
        for (String name : old) {
            try (Statement s = c.createStatement()) {
                s.execute("drop database if exists " + name + " with (force)");
            }
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl(), user(), password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static String setting(String env, String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
