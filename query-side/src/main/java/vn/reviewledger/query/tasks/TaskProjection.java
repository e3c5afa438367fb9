package vn.reviewledger.query.tasks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.common.DeadlineStatus;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.Subject;
import vn.reviewledger.kernel.review.ReviewEvents.DeadlineExtended;
import vn.reviewledger.kernel.review.ReviewEvents.RatingReclassified;
import vn.reviewledger.kernel.review.ReviewEvents.ReratingRequested;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewEvent;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewOpened;
import vn.reviewledger.kernel.tasks.TaskQueries.FindTasks;
import vn.reviewledger.kernel.tasks.TaskQueries.TaskView;
import vn.reviewledger.query.LiveRows;
import vn.reviewledger.query.ReadModels;
import vn.reviewledger.query.cycle.UnitDirectory;
import vn.reviewledger.query.deadline.DeadlinePolicy;
import vn.reviewledger.query.deadline.StageReached;

/**
 * The task list: per review, the next step and its due date. Idempotent by the review's sequence
 * number, its rows read and written per batch ({@link LiveRows}). The deadline status is judged when
 * asked, never stored.
 */
@Component
@ProcessingGroup(TaskProjection.GROUP)
class TaskProjection {

    static final String GROUP = ReadModels.REVIEW_VIEW;
    private static final Comparator<TaskView> URGENT_FIRST = Comparator
            .comparing(TaskView::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(t -> t.subject().name())
            .thenComparing(TaskView::reviewId)
            .thenComparing(TaskView::task);

    private final TaskRepository repository;
    private final UnitDirectory units;
    private final DeadlinePolicy deadlines;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;

    TaskProjection(TaskRepository repository, UnitDirectory units, DeadlinePolicy deadlines, ObjectMapper json,
                   JdbcTemplate jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.units = units;
        this.deadlines = deadlines;
        this.json = json;
    }

    @EventHandler
    void on(ReviewEvent event, @SequenceNumber long sequence) {
        LiveRows<TaskEntity> rows = LiveRows.of(TaskEntity.TABLE, jdbc);
        TaskEntity t = rows.find(event.reviewId());
        if (event instanceof ReviewOpened e) {
            // A redelivered opening finds its row.
            if (t == null) {
                rows.add(opened(e, sequence));
            }
            return;
        }
        if (t != null && sequence > t.version) {
            advance(t, event, sequence);
            rows.changed(t);
        }
    }

    /** The row a review's opening makes; the live handler and the bulk rebuild ({@link TaskRebuild}) share it. */
    TaskEntity opened(ReviewOpened e, long sequence) {
        TaskEntity t = new TaskEntity();
        t.reviewId = e.reviewId();
        t.cycleId = e.cycleId();
        t.unitId = e.unitId();
        t.subjectId = e.subject().id();
        t.subjectName = e.subject().name();
        t.subjectKind = e.subject().kind();
        t.stage = Stage.OPENED;
        t.dueDates = StageReached.write(json, e.dueDates());
        next(t, StageReached.read(json, t.dueDates));
        t.version = sequence;
        return t;
    }

    /** A later event applied to the row in memory; shared with the bulk rebuild. */
    void advance(TaskEntity t, ReviewEvent event, long sequence) {
        Map<Stage, LocalDate> due = StageReached.read(json, t.dueDates);
        StageReached.of(event).ifPresent(s -> t.stage = s);
        if (event instanceof DeadlineExtended x) {
            due.put(x.stage(), x.newDueDate());
            t.dueDates = StageReached.write(json, due);
        } else if (event instanceof ReratingRequested) {
            t.reratingRequested++;
        } else if (event instanceof RatingReclassified) {
            t.reratingRequested = 0;
        }
        next(t, due);
        t.version = sequence;
    }

    private static void next(TaskEntity t, Map<Stage, LocalDate> due) {
        t.nextStage = t.stage.next();
        t.dueDate = StageReached.nextDue(t.stage, due);
    }

    @ResetHandler
    void reset() {
        repository.deleteAllInBatch();
    }

    /**
     * Open tasks in scope, most urgent first: each review's next step, and its open re-rating when
     * {@code rerating} (a review may owe both). Undated tasks come last.
     */
    @QueryHandler
    List<TaskView> handle(FindTasks scope) {
        int wanted = (scope.page() + 1) * scope.size();
        DeadlinePolicy.Window window = deadlines.window();
        List<TaskEntity> found = new ArrayList<>();
        if (scope.everything()) {
            found.addAll(scope.rerating() ? repository.allOpenOrRerating(PageRequest.of(0, wanted))
                    : repository.allOpen(PageRequest.of(0, wanted)));
        } else {
            for (String cycleId : units.cyclesWith(scope.units())) {
                Set<String> subtrees = units.tree(cycleId).map(tree -> tree.subtrees(scope.units())).orElse(Set.of());
                if (!subtrees.isEmpty()) {
                    found.addAll(scope.rerating() ? repository.openOrReratingIn(cycleId, subtrees, PageRequest.of(0, wanted))
                            : repository.openIn(cycleId, subtrees, PageRequest.of(0, wanted)));
                }
            }
        }
        List<TaskView> items = new ArrayList<>();
        for (TaskEntity t : found) {
            Subject subject = new Subject(t.subjectId, t.subjectName, t.subjectKind);
            if (t.nextStage != null) {
                items.add(new TaskView(t.reviewId, t.cycleId, subject, t.unitId, t.stage, t.nextStage, TaskView.STEP,
                        t.dueDate, window.status(t.stage, t.dueDate), t.version));
            }
            if (scope.rerating() && t.reratingRequested > 0) {
                items.add(new TaskView(t.reviewId, t.cycleId, subject, t.unitId, t.stage, null, TaskView.RERATE, null,
                        DeadlineStatus.ON_TRACK, t.version));
            }
        }
        return items.stream().sorted(URGENT_FIRST).skip((long) scope.page() * scope.size())
                .limit(scope.size()).toList();
    }

}
