package vn.reviewledger.command.deadline;

import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code reviewledger_deadlines_overdue}: deadlines the scheduler should have fired and has not
 * picked up. A healthy scheduler picks a due task within one polling interval, so anything still
 * waiting well after that means no node is polling (every instance down or stuck, the database
 * refusing its updates) and reminders and escalations are not going out.
 *
 * <p>Counted in db-scheduler's table rather than as reviews past their due date: one count over the
 * indexed {@code execution_time}, and a fault IT can act on, where a late review is the committee
 * office's business (its dashboard shows them) and counting them would repeat the read side's
 * working-day rules. Compared with the system time, as the scheduler is, not the application clock.
 */
@Component
class OverdueDeadlines implements MeterBinder {

    /** Below this, a task merely waits for the next poll or a free scheduler thread. */
    private static final Duration MINIMUM_GRACE = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final Duration grace;

    OverdueDeadlines(DataSource dataSource, DbSchedulerProperties scheduler) {
        this.jdbc = new JdbcTemplate(dataSource);
        Duration twoPolls = scheduler.getPollingInterval().multipliedBy(2);
        this.grace = twoPolls.compareTo(MINIMUM_GRACE) > 0 ? twoPolls : MINIMUM_GRACE;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("reviewledger.deadlines.overdue", this, OverdueDeadlines::count)
                .description("Scheduled deadlines past due (by more than " + grace.toSeconds()
                        + " s) that no scheduler has picked up")
                .strongReference(true)
                .register(registry);
    }

    long count() {
        Long n = jdbc.queryForObject("select count(*) from scheduled_tasks where picked = false and execution_time < ?",
                Long.class, Timestamp.from(Instant.now().minus(grace)));
        return n == null ? 0 : n;
    }
}
