package vn.reviewledger.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * One packaged service started as its own JVM, as an operator would start it: {@code java -jar},
 * a port, a database. Its output goes to {@code target/it-logs/<name>.log}, whose end is shown when
 * it fails to come up.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;
    public final int port;

    private ServiceProcess(String name, Process process, Path log, int port) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * A jar built by {@code package}, at the location failsafe passes in the system property (see
     * app/pom.xml), or at the fallback path.
     */
    public static Path packaged(String property, String fallback) {
        Path jar = Path.of(System.getProperty(property, fallback));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run these tests with 'mvn verify', which packages it first");
        }
        return jar;
    }

    /**
     * The users of application-test.yml that the multi-process tests sign in as, with the scope they
     * need: the test trees' cells are cb-1 and cb-2, not the demo's cb-vp. A list binds from one
     * source, so all four are given.
     */
    private static final List<String> SCOPED_USERS = users(
            new String[] {"admin", "ADMIN", ""}, new String[] {"office", "OFFICE", "dbk"},
            new String[] {"secretary", "SECRETARY", "cb-vp,cb-1,cb-2"}, new String[] {"auditor", "AUDITOR", ""});

    /** The same users as arguments, for tests that start the application in their own JVM (restarts). */
    public static List<String> scopedUsers() {
        return SCOPED_USERS;
    }

    private static List<String> users(String[]... users) {
        String hash = "{bcrypt}$2a$10$oRpPenvtiPn0mspPyhMumesImAMVIiZVx2QIxBoVyAUYtwNIltgAq";
        List<String> args = new ArrayList<>();
        for (int i = 0; i < users.length; i++) {
            String p = "--reviewledger.security.users[" + i + "].";
            args.add(p + "username=" + users[i][0]);
            args.add(p + "password=" + hash);
            args.add(p + "role=" + users[i][1]);
            if (!users[i][2].isEmpty()) {
                args.add(p + "units=" + users[i][2]);
            }
        }
        return List.copyOf(args);
    }

    /** Starts {@code java -jar jar} on a free port with the given arguments; does not wait for it. */
    public static ServiceProcess start(String name, Path jar, List<String> arguments) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Small and quick to start: several of these share two cores with the build.
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Daxoniq.update-checker.disabled=true", "-Ddisable-axoniq-console-message=true",
                "-Dfile.encoding=UTF-8",
                "-jar", jar.toString(), "--server.port=" + port, "--spring.main.banner-mode=off"));
        command.addAll(SCOPED_USERS);
        command.addAll(arguments);
        try {
            Path logs = Path.of("target", "it-logs");
            Files.createDirectories(logs);
            Path log = logs.resolve(name + ".log");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new ServiceProcess(name, p, log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code /actuator/health} answers 200 (the service has started and sees its database). */
    public ServiceProcess awaitHealthy(Duration atMost) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            Awaitility.await(name + " healthy").atMost(atMost).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
                }
                try {
                    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString())
                            .statusCode() == 200;
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(name + " did not become healthy:\n" + tail(), e);
        }
        return this;
    }

    /** Axon's token store names its owner {@code pid@host}. */
    public String tokenOwnerPrefix() {
        return process.pid() + "@";
    }

    /** {@code kill -9}: no shutdown hook runs, no claim is released, nothing is flushed. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** A graceful stop (SIGTERM), then a kill if it takes too long. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        waitFor();
    }

    private void waitFor() {
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The arguments that point a service at a PostgreSQL database. */
    public static List<String> postgres(PostgresDatabases.Database db) {
        return List.of("--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + PostgresDatabases.user(),
                "--spring.datasource.password=" + PostgresDatabases.password());
    }

}
