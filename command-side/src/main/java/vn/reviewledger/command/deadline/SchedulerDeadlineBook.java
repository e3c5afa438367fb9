package vn.reviewledger.command.deadline;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerConfigurationSupport;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import com.github.kagkarlsson.scheduler.jdbc.AutodetectJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * The persistent book: db-scheduler's table, in the very format of Axon's
 * {@code DbSchedulerDeadlineManager} (its task, its binary details), so that Axon fires these
 * deadlines into the review's {@code @DeadlineHandler}s, once in a cluster and after restarts, like
 * any it scheduled itself. Only the id differs: Axon draws a random one, which a review would have
 * to record in an event to cancel it later; here the review names it.
 *
 * <p>The statements join the command's transaction and run at prepare-commit, after the events, as
 * Axon's own scheduling does. A step's move is written to the table directly ({@link ScheduledTasks}:
 * one statement to take the old deadline out, one to put the next in); a deadline already due goes
 * through the scheduler's client, which wakes the scheduler to fire it at once.
 */
public class SchedulerDeadlineBook implements DeadlineBook {

    /** Axon's task name for deadlines ({@code DbSchedulerDeadlineToken.TASK_NAME}, package-private there). */
    static final String AXON_DEADLINE_TASK = "AxonDeadline";

    private final SchedulerClient scheduler;
    private final ScheduledTasks table;
    private final Serializer serializer;

    SchedulerDeadlineBook(SchedulerClient scheduler, ScheduledTasks table, Serializer serializer) {
        this.scheduler = scheduler;
        this.table = table;
        this.serializer = serializer;
    }

    /**
     * The book on the scheduler the Spring Boot starter builds: its table, its serializer of task
     * data and its JDBC customisation, chosen as the starter chooses them
     * ({@code DbSchedulerConfigurationSupport.buildScheduler}, {@code SchedulerBuilder.build}).
     */
    public static SchedulerDeadlineBook onStarterScheduler(SchedulerClient scheduler, Serializer serializer,
                                                           DataSource dataSource, DbSchedulerProperties properties,
                                                           DbSchedulerCustomizer customizer) {
        DataSource source = customizer.dataSource().orElse(dataSource);
        JdbcCustomization columns = customizer.jdbcCustomization().orElseGet(
                () -> new AutodetectJdbcCustomization(source, properties.isAlwaysPersistTimestampInUtc()));
        ScheduledTasks table = new ScheduledTasks(source, properties.getTableName(), columns,
                customizer.serializer().orElse(DbSchedulerConfigurationSupport.SPRING_JAVA_SERIALIZER),
                properties.isPriorityEnabled());
        return new SchedulerDeadlineBook(scheduler, table, serializer);
    }

    @Override
    public void replace(List<String> cancelEach, List<String> cancelFirstOf, Entry schedule) {
        Runnable work = () -> {
            cancelEach.forEach(this::cancel);
            for (String id : cancelFirstOf) {
                if (cancel(id)) {
                    break;
                }
            }
            if (schedule != null) {
                TaskInstance<DbSchedulerBinaryDeadlineDetails> task =
                        new TaskInstance<>(AXON_DEADLINE_TASK, schedule.id(), details(schedule));
                if (schedule.at().isAfter(Instant.now())) {
                    table.insertIfAbsent(task, schedule.at());
                } else {
                    scheduler.schedule(task, schedule.at());
                }
            }
        };
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().onPrepareCommit(uow -> work.run());
        } else {
            work.run();
        }
    }

    /** True when the deadline was there: removed, or firing now (its handler then finds nothing owed). */
    private boolean cancel(String id) {
        return table.remove(AXON_DEADLINE_TASK, id);
    }

    private DbSchedulerBinaryDeadlineDetails details(Entry e) {
        SerializedObject<byte[]> scope = serializer.serialize(e.scope(), byte[].class);
        SerializedObject<byte[]> payload = serializer.serialize(e.payload(), byte[].class);
        SerializedObject<byte[]> metaData = serializer.serialize(DeadlinePlan.systemMetadata(e.notice().deadlineName()),
                byte[].class);
        return new DbSchedulerBinaryDeadlineDetails(e.notice().deadlineName(), scope.getData(), scope.getType().getName(),
                payload.getData(), payload.getType().getName(), payload.getType().getRevision(), metaData.getData());
    }
}
