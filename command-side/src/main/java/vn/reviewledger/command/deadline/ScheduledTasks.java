package vn.reviewledger.command.deadline;

import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * db-scheduler's table, written directly for the two things a review does to its one deadline on
 * every step: take it out and put the next one in. Through db-scheduler's client each was a read of
 * the row (with its task data deserialised) and then the write: four statements a step, the fifth
 * of a command thread's CPU after the append and the commit (bench profile). Here each is one
 * statement, with the effect db-scheduler's own gives:
 * <ul>
 *   <li>{@link #remove} deletes the row unless a scheduler has picked it (it is firing); like
 *       {@code SchedulerClient.cancel}, which refuses a picked task and leaves it to run. Only
 *       when nothing was deleted is the row looked at, to tell "firing" from "not there".</li>
 *   <li>{@link #insertIfAbsent} writes the row as {@code JdbcTaskRepository.createIfNotExists}
 *       writes it: the same columns and values, the task data by the scheduler's own serializer,
 *       the instant by its own JDBC customisation; an instance already there is kept, as
 *       db-scheduler keeps it. PostgreSQL says so with {@code on conflict do nothing}, as a failed
 *       statement would abort the command's transaction there; H2 rolls back only the statement,
 *       so its duplicate key is caught.</li>
 * </ul>
 * The statements join the command's transaction, as db-scheduler's did (the same DataSource, bound
 * by the transaction manager).
 */
final class ScheduledTasks {

    private final JdbcTemplate jdbc;
    private final JdbcCustomization columns;
    private final Serializer taskData;
    private final boolean priority;
    private final String delete;
    private final String picked;
    private final String insert;

    /**
     * @param columns  how the scheduler writes instants and task data (its {@code JdbcCustomization})
     * @param taskData the scheduler's serializer of task data
     * @param priority whether the scheduler orders by priority (then it writes the column)
     */
    ScheduledTasks(DataSource dataSource, String table, JdbcCustomization columns, Serializer taskData,
                   boolean priority) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.columns = columns;
        this.taskData = taskData;
        this.priority = priority;
        this.delete = "delete from " + table + " where task_name = ? and task_instance = ? and picked = false";
        this.picked = "select picked from " + table + " where task_name = ? and task_instance = ?";
        this.insert = "insert into " + table + " (task_name, task_instance, task_data, execution_time, picked, version"
                + (priority ? ", priority" : "") + ") values (?, ?, ?, ?, false, 1" + (priority ? ", ?" : "") + ")"
                + (isPostgres(dataSource) ? " on conflict (task_name, task_instance) do nothing" : "");
    }

    private static boolean isPostgres(DataSource dataSource) {
        String name = SchedulerJdbc.productName(dataSource).orElseThrow(
                () -> new IllegalStateException("Cannot tell which database holds the scheduler's table"));
        return "PostgreSQL".equals(name);
    }

    /** True when the task was there: deleted now, or picked by a scheduler and firing (left alone). */
    boolean remove(String taskName, String id) {
        if (jdbc.update(delete, taskName, id) == 1) {
            return true;
        }
        List<Boolean> row = jdbc.queryForList(picked, Boolean.class, taskName, id);
        return !row.isEmpty() && Boolean.TRUE.equals(row.get(0));
    }

    /** True when written; false when an instance of that name and id is already there (it is kept). */
    boolean insertIfAbsent(TaskInstance<?> instance, Instant at) {
        byte[] data = taskData.serialize(instance.getData());
        try {
            return jdbc.update(insert, ps -> {
                ps.setString(1, instance.getTaskName());
                ps.setString(2, instance.getId());
                columns.setTaskData(ps, 3, data);
                columns.setInstant(ps, 4, at);
                if (priority) {
                    ps.setInt(5, instance.getPriority());
                }
            }) == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
