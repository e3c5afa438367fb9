package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerBinaryDeadlineDetails;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.command.deadline.DeadlineBook;
import vn.reviewledger.command.deadline.Notice;
import vn.reviewledger.command.deadline.StageDeadline;
import vn.reviewledger.kernel.common.Stage;

/**
 * The deadline book writes db-scheduler's table itself (one statement to take a review's deadline
 * out, one to put the next in), so it must leave exactly what db-scheduler's client would: the same
 * row, readable by the scheduler that fires it; an id already there kept, not doubled; a deadline
 * firing at this moment left to fire. On PostgreSQL too ({@link PostgresDeadlineBookTest}), where a
 * failed statement would abort the command's whole transaction.
 */
@SpringBootTest
@ActiveProfiles("test")
class DeadlineBookTest {

    /** Far ahead, so that the running scheduler never fires these probes. */
    private static final Instant LATER = Instant.parse("2099-03-04T01:02:03.456789Z");

    @Autowired
    DeadlineBook book;
    @Autowired
    SchedulerClient scheduler;
    @Autowired
    TransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Serializer serializer;

    @Test
    void aScheduledDeadlineIsTheRowTheSchedulersClientWritesAndTheSchedulerReadsItBack() {
        String review = UUID.randomUUID().toString();
        DeadlineBook.Entry entry = entry(review + "/ours", Notice.OVERDUE);
        transactions.executeInTransaction(() -> book.replace(List.of(), List.of(), entry));
        // The same deadline through db-scheduler's own client, under another id.
        ScheduledExecution<Object> read = scheduler.getScheduledExecution(id(entry.id())).orElseThrow();
        String twin = review + "/client";
        scheduler.schedule(new TaskInstance<>("AxonDeadline", twin, read.getData()), entry.at());

        Map<String, Object> ours = row(entry.id());
        Map<String, Object> theirs = row(twin);
        ours.remove("task_instance");
        theirs.remove("task_instance");
        assertThat(ours).usingRecursiveComparison().isEqualTo(theirs);

        assertThat(read.getExecutionTime()).isEqualTo(LATER);
        assertThat(read.isPicked()).isFalse();
        // Axon's deadline task finds its deadline, scope and payload in it.
        DbSchedulerBinaryDeadlineDetails details = (DbSchedulerBinaryDeadlineDetails) read.getData();
        assertThat(details.getD()).isEqualTo("stage-overdue");
        assertThat(details.getDeserializedScopeDescriptor(serializer)).isEqualTo(entry.scope());
        Object payload = serializer.deserialize(new SimpleSerializedObject<>(details.getP(), byte[].class, details.getPc(),
                details.getR()));
        assertThat(payload).isEqualTo(entry.payload());
    }

    @Test
    void anIdAlreadyScheduledIsKeptAndTheCommandsTransactionGoesOn() {
        String review = UUID.randomUUID().toString();
        String id = review + "/dup";
        transactions.executeInTransaction(() -> book.replace(List.of(), List.of(), entry(id, Notice.REMINDER)));
        transactions.executeInTransaction(() -> {
            book.replace(List.of(), List.of(),
                    new DeadlineBook.Entry(id, LATER.plusSeconds(60), Notice.REMINDER,
                            new StageDeadline(Stage.SELF_REVIEW_SUBMITTED, LocalDate.of(2099, 3, 1)),
                            new AggregateScopeDescriptor("Review", review)));
            // Still usable afterwards: on PostgreSQL a failed insert would have aborted it.
            book.replace(List.of(), List.of(), entry(review + "/after", Notice.REMINDER));
        });

        assertThat(scheduler.getScheduledExecution(id(id)).orElseThrow().getExecutionTime()).isEqualTo(LATER);
        assertThat(jdbc.queryForObject("select count(*) from scheduled_tasks where task_instance = ?", Long.class, id))
                .isEqualTo(1L);
        assertThat(scheduler.getScheduledExecution(id(review + "/after"))).isPresent();
    }

    @Test
    void aMoveTakesOutThePendingDeadlineLeavesAFiringOneAndStopsAtTheFirstThatWasThere() {
        String review = UUID.randomUUID().toString();
        String pending = review + "/pending";
        String firing = review + "/firing";
        String missing = review + "/missing";
        transactions.executeInTransaction(() -> {
            book.replace(List.of(), List.of(), entry(pending, Notice.REMINDER));
            book.replace(List.of(), List.of(), entry(firing, Notice.OVERDUE));
        });
        // A scheduler has picked this one and is running its handler.
        jdbc.update("update scheduled_tasks set picked = true, picked_by = 'node-2' where task_instance = ?", firing);

        // Not there, then firing (counts as there: left alone, and the search stops), so the pending one stays.
        transactions.executeInTransaction(() -> book.replace(List.of(), List.of(missing, firing, pending),
                entry(review + "/next", Notice.ESCALATION)));
        assertThat(instances(review)).containsExactlyInAnyOrder(pending, firing, review + "/next");

        // Not there, then pending: removed.
        transactions.executeInTransaction(() -> book.replace(List.of(), List.of(missing, pending), null));
        assertThat(instances(review)).containsExactlyInAnyOrder(firing, review + "/next");

        // Each of a list: every one that is there and not firing goes.
        transactions.executeInTransaction(() -> book.replace(List.of(firing, review + "/next", missing), List.of(), null));
        assertThat(instances(review)).containsExactly(firing);
    }

    @Test
    void nothingIsWrittenWhenTheCommandsTransactionRollsBack() {
        String review = UUID.randomUUID().toString();
        transactions.executeInTransaction(() -> book.replace(List.of(), List.of(), entry(review + "/kept", Notice.REMINDER)));
        try {
            transactions.executeInTransaction(() -> {
                book.replace(List.of(), List.of(review + "/kept"), entry(review + "/new", Notice.OVERDUE));
                throw new IllegalStateException("the command failed after its deadline moved");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(instances(review)).containsExactly(review + "/kept");
    }

    private static DeadlineBook.Entry entry(String id, Notice notice) {
        String review = id.substring(0, id.indexOf('/'));
        return new DeadlineBook.Entry(id, LATER, notice,
                new StageDeadline(Stage.SELF_REVIEW_SUBMITTED, LocalDate.of(2099, 3, 1)),
                new AggregateScopeDescriptor("Review", review));
    }

    private static TaskInstanceId id(String instance) {
        return TaskInstanceId.of("AxonDeadline", instance);
    }

    private Map<String, Object> row(String instance) {
        Map<String, Object> row = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        row.putAll(jdbc.queryForMap("select * from scheduled_tasks where task_instance = ?", instance));
        // Compare instants, not the driver's classes for them.
        row.replaceAll((k, v) -> v instanceof java.time.OffsetDateTime t ? t.toInstant().truncatedTo(ChronoUnit.MICROS)
                : v instanceof java.sql.Timestamp t ? t.toInstant() : v);
        return row;
    }

    private List<String> instances(String review) {
        return jdbc.queryForList("select task_instance from scheduled_tasks where task_instance like ?", String.class,
                review + "/%");
    }
}
