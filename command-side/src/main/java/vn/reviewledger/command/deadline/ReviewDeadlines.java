package vn.reviewledger.command.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import vn.reviewledger.kernel.review.ReviewEvents.StageDeadlinesScheduled;

/**
 * A review's deadline bookkeeping, so that the aggregate reads as the procedure: a review keeps
 * <b>one</b> pending deadline, the next notice that will fire for the step it owes (the reminder,
 * else the overdue notice, else the escalation). Completing a step moves it (one cancel, one
 * schedule); a notice, once raised, schedules the one after it.
 *
 * <p>The deadline's id is derived from what it is for — review, notice, stage, due date — so the
 * review finds it again from its own state and records nothing extra: no event per step. Reviews
 * from before this change hold up to three deadlines recorded in a {@link StageDeadlinesScheduled};
 * those are cancelled by their recorded ids while they are still the ones pending.
 */
public class ReviewDeadlines {

    /** Axon's type name of the review aggregate (its class's simple name), whose handlers the deadlines reach. */
    static final String AGGREGATE_TYPE = "Review";

    private final DeadlinePlan plan;
    private final DeadlineBook book;
    private final Clock clock;

    public ReviewDeadlines(DeadlinePlan plan, DeadlineBook book, Clock clock) {
        this.plan = plan;
        this.book = book;
        this.clock = clock;
    }

    /**
     * After a change of the step owed (or of its due date): the deadline for {@code before} goes, the
     * one for {@code after} comes. Equal values change nothing. Runs inside the review's scope.
     */
    public void move(String reviewId, Owed before, Owed after, StageDeadlinesScheduled legacy) {
        if (Objects.equals(before, after)) {
            return;
        }
        List<String> legacyIds = legacyPending(legacy, before) ? cancellable(legacy) : List.of();
        List<String> candidates = legacyIds.isEmpty() && before != null ? cancellable(reviewId, before) : List.of();
        DeadlineBook.Entry next = entry(reviewId, after);
        if (!legacyIds.isEmpty() || !candidates.isEmpty() || next != null) {
            book.replace(legacyIds, candidates, next);
        }
    }

    /**
     * After a notice was raised: the next notice of the same date is scheduled. Not while the
     * deadlines recorded before this change still stand for that date: they raise it themselves.
     */
    public void chain(String reviewId, Owed now, StageDeadlinesScheduled legacy) {
        DeadlineBook.Entry next = legacyPending(legacy, now) ? null : entry(reviewId, now);
        if (next != null) {
            book.replace(List.of(), List.of(), next);
        }
    }

    /** The id of the deadline raising {@code notice} for this review's step and date. */
    static String id(String reviewId, Notice notice, Owed owed) {
        return reviewId + "/" + owed.stage().ordinal() + "/" + owed.due() + "/" + notice.ordinal();
    }

    /** The notice to schedule: the first not yet raised; a reminder only while the step is not yet overdue. */
    private DeadlineBook.Entry entry(String reviewId, Owed owed) {
        if (owed == null || !plan.enabled()) {
            return null;
        }
        Instant now = Instant.now(clock);
        for (Notice notice : owed.toRaise()) {
            if (notice == Notice.REMINDER && !now.isBefore(plan.at(Notice.OVERDUE, owed.due()))) {
                continue;
            }
            return new DeadlineBook.Entry(id(reviewId, notice, owed), plan.at(notice, owed.due()), notice,
                    new StageDeadline(owed.stage(), owed.due()), new AggregateScopeDescriptor(AGGREGATE_TYPE, reviewId));
        }
        return null;
    }

    /**
     * Which deadline may be pending for {@code owed}: the first notice not raised, or — when the
     * reminder was skipped because the step was already overdue when scheduled — the overdue
     * notice. One firing within {@link DeadlinePlan#CANCEL_MARGIN} is left alone: db-scheduler
     * refuses to cancel an executing task, which would fail the user's command.
     */
    private List<String> cancellable(String reviewId, Owed owed) {
        Instant soon = Instant.now(clock).plus(DeadlinePlan.CANCEL_MARGIN);
        List<Notice> toRaise = owed.toRaise();
        return toRaise.stream().limit(toRaise.isEmpty() || toRaise.get(0) != Notice.REMINDER ? 1 : 2)
                .filter(n -> plan.at(n, owed.due()).isAfter(soon))
                .map(n -> id(reviewId, n, owed))
                .toList();
    }

    private List<String> cancellable(StageDeadlinesScheduled legacy) {
        Instant soon = Instant.now(clock).plus(DeadlinePlan.CANCEL_MARGIN);
        Map<String, Instant> at = legacy.firesAt();
        return legacy.deadlineIds().entrySet().stream()
                .filter(e -> at.get(e.getKey()) == null || at.get(e.getKey()).isAfter(soon))
                .map(Map.Entry::getValue)
                .toList();
    }

    private static boolean legacyPending(StageDeadlinesScheduled legacy, Owed owed) {
        return legacy != null && owed != null && legacy.stage() == owed.stage() && legacy.dueDate().equals(owed.due());
    }
}
