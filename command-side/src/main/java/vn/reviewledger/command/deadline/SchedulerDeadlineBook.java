package vn.reviewledger.command.deadline;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.util.List;
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
 * <p>The statements join the command's transaction (the starter's DataSource is transaction-aware)
 * and run at prepare-commit, after the events, as Axon's own scheduling does.
 */
public class SchedulerDeadlineBook implements DeadlineBook {

    /** Axon's task name for deadlines ({@code DbSchedulerDeadlineToken.TASK_NAME}, package-private there). */
    static final String AXON_DEADLINE_TASK = "AxonDeadline";

    private final SchedulerClient scheduler;
    private final Serializer serializer;

    public SchedulerDeadlineBook(SchedulerClient scheduler, Serializer serializer) {
        this.scheduler = scheduler;
        this.serializer = serializer;
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
                scheduler.schedule(new TaskInstance<>(AXON_DEADLINE_TASK, schedule.id(), details(schedule)),
                        schedule.at());
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
        try {
            scheduler.cancel(TaskInstanceId.of(AXON_DEADLINE_TASK, id));
            return true;
        } catch (TaskInstanceNotFoundException e) {
            return false;
        } catch (TaskInstanceCurrentlyExecutingException e) {
            return true;
        }
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
