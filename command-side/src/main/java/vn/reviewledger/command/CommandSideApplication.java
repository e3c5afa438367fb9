package vn.reviewledger.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.reviewledger.NoOutboundCalls;

/**
 * The command side as its own service (port 8081): aggregates, rules, deadlines and the command API,
 * with no projection. It meets the query side only through the event store it writes — the shared
 * PostgreSQL database, or Axon Server with the {@code axonserver} profile — so it always runs with
 * the {@code postgres} profile, and its own settings in {@code application-command-side.yml}.
 * {@code ?wait=true} returns at once here: no read model lives in this process.
 */
@SpringBootApplication(scanBasePackages = {"vn.reviewledger.command", "vn.reviewledger.platform"})
public class CommandSideApplication {

    public static void main(String[] args) {
        NoOutboundCalls.apply();
        application().run(args);
    }

    /** The service as {@link #main} starts it; tests read its profiles from here. */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(CommandSideApplication.class).profiles("postgres", "command-side");
    }
}
