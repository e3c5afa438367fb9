package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.reviewledger.ReviewLedgerApplication;

/**
 * The application as an operator starts it: the embedded default (an H2 file, demo data) starts
 * without a WARN or ERROR line, and the embedded H2 writes each commit before it returns whatever URL
 * the operator gives. H2's own default (a 500 ms write delay) lets a {@code kill -9} lose acknowledged
 * commands; CrashRecoveryIT kills the process under load with such a URL.
 */
@ExtendWith(OutputCaptureExtension.class)
class PlainStartTest {

    @TempDir
    Path dataDir;

    /** H2 lists the value the store runs with and, once set, the one stored in the file. */
    private static List<String> writeDelay(JdbcTemplate jdbc) {
        return jdbc.queryForList(
                "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'", String.class);
    }

    @Test
    void aPlainStartOnTheEmbeddedDefaultLogsNoWarningOrError(CapturedOutput output) {
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(ReviewLedgerApplication.class)
                .run("--server.port=0", "--reviewledger.data-dir=" + dataDir.toAbsolutePath())) {
            assertThat(output.getAll()).contains("Review Ledger is running");
            assertThat(writeDelay(ctx.getBean(JdbcTemplate.class))).isNotEmpty().containsOnly("0");
        }
        List<String> loud = output.getAll().lines().filter(l -> l.contains(" WARN ") || l.contains(" ERROR ")).toList();
        assertThat(loud).as("WARN or ERROR lines of a plain start").isEmpty();
    }

    @Test
    void aUsersOwnFileUrlWithoutWriteDelayStillWritesEachCommitBeforeItReturns() {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/own;DB_CLOSE_ON_EXIT=FALSE";
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(ReviewLedgerApplication.class).run(
                "--server.port=0", "--reviewledger.demo.enabled=false", "--reviewledger.deadlines.enabled=false",
                "--logging.level.root=WARN", "--reviewledger.data-dir=" + dataDir.toAbsolutePath(),
                "--spring.datasource.url=" + url)) {
            assertThat(writeDelay(ctx.getBean(JdbcTemplate.class))).isNotEmpty().containsOnly("0");
        }
        // The same file opened without the application runs with H2's default delay again, whatever the
        // file stored: only setting it on every connection makes the guard hold.
        JdbcTemplate plain = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/own", "sa", ""));
        assertThat(writeDelay(plain)).contains("500");
    }
}
