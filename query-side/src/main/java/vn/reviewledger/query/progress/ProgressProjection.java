package vn.reviewledger.query.progress;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.common.QuotaGroup;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.cycle.CycleEvents.CycleOpened;
import vn.reviewledger.kernel.progress.ProgressQueries.CycleChange;
import vn.reviewledger.kernel.progress.ProgressQueries.WatchCycle;
import vn.reviewledger.kernel.review.ReviewEvents.DeadlineExtended;
import vn.reviewledger.kernel.review.ReviewEvents.RatingDecided;
import vn.reviewledger.kernel.review.ReviewEvents.RatingReclassified;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewEvent;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewOpened;
import vn.reviewledger.query.LiveRows;
import vn.reviewledger.query.ReadModels;
import vn.reviewledger.query.deadline.StageReached;

/**
 * Progress per unit: counters of reviews per stage and decided rating (and quota group), kept per
 * unit and rolled up the tree when asked, plus each review's next due date for overdue and due-soon
 * counts. Idempotent: a review's row remembers the last sequence number applied, so a replayed or
 * redelivered event never counts twice.
 *
 * <p>The counters are rows shared by many reviews: they change by increments summed over a batch
 * ({@link CounterDeltas}), so the segments of the processor may count side by side.
 */
@Component
@ProcessingGroup(ProgressProjection.GROUP)
class ProgressProjection {

    static final String GROUP = ReadModels.REVIEW_VIEW;
    /**
     * The kernel's figure (Quy định 124-QĐ/TW, Art. 4 (1)), never restated here. Only a cycle opened
     * before its parameters were pinned in CycleOpened reaches it; every cycle opened today pins them.
     */
    static final BigDecimal DEFAULT_SHARE = RuleParameters.reg124Defaults().excellentShareOfGood();

    private final ProgressReviewRepository reviews;
    private final UnitProgressRepository counters;
    private final QuotaGroupRepository groups;
    private final QueryUpdateEmitter emitter;
    private final ObjectMapper json;
    private final CounterDeltas deltas;
    private final JdbcTemplate jdbc;
    private final ProgressVersion version;

    ProgressProjection(ProgressReviewRepository reviews, UnitProgressRepository counters, QuotaGroupRepository groups,
                       QueryUpdateEmitter emitter, ObjectMapper json, CounterDeltas deltas,
                       JdbcTemplate jdbc, ProgressVersion version) {
        this.version = version;
        this.reviews = reviews;
        this.jdbc = jdbc;
        this.counters = counters;
        this.deltas = deltas;
        this.groups = groups;
        this.emitter = emitter;
        this.json = json;
    }

    @EventHandler
    void on(CycleOpened e) {
        version.changing();
        for (QuotaGroupEntity row : groupsOf(e)) {
            if (!groups.existsById(new QuotaGroupEntity.Key(row.cycleId, row.groupId))) {
                groups.save(row);
            }
        }
    }

    /** The quota groups a cycle opens with, each share resolved: the group's own, else the rule set's. */
    static List<QuotaGroupEntity> groupsOf(CycleOpened e) {
        BigDecimal defaultShare = e.ruleParameters() != null && e.ruleParameters().excellentShareOfGood() != null
                ? e.ruleParameters().excellentShareOfGood() : DEFAULT_SHARE;
        List<QuotaGroup> list = e.quotaGroups() == null ? List.of() : e.quotaGroups();
        List<QuotaGroupEntity> rows = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            QuotaGroup g = list.get(i);
            QuotaGroupEntity row = new QuotaGroupEntity();
            row.cycleId = e.cycleId();
            row.groupId = g.id();
            row.name = g.name() == null ? g.id() : g.name();
            row.excellentShare = g.excellentShareOfGood() != null ? g.excellentShareOfGood() : defaultShare;
            row.position = i;
            rows.add(row);
        }
        return rows;
    }

    @EventHandler
    void on(ReviewEvent event, @SequenceNumber long sequence, ReplayStatus replay) {
        // The cached dashboards of this process drop out once this batch completes.
        version.changing();
        if (event instanceof ReviewOpened opened) {
            open(opened, sequence, replay);
            return;
        }
        LiveRows<ProgressReviewEntity> rows = LiveRows.of(ProgressReviewEntity.TABLE, jdbc);
        ProgressReviewEntity r = rows.find(event.reviewId());
        if (r == null || sequence <= r.version) {
            return;
        }
        boolean changed = advance(r, event, sequence, deltas::add);
        rows.changed(r);
        if (changed) {
            changed(r, replay);
        }
    }

    /** Where counts go: the batch's {@link CounterDeltas} live, a whole pass's sums in a bulk rebuild. */
    interface Counts {
        void add(UnitProgressEntity.Key key, long delta);
    }

    private void open(ReviewOpened e, long sequence, ReplayStatus replay) {
        LiveRows<ProgressReviewEntity> rows = LiveRows.of(ProgressReviewEntity.TABLE, jdbc);
        // A redelivered opening finds its row, and counts nothing again.
        if (rows.find(e.reviewId()) != null) {
            return;
        }
        ProgressReviewEntity r = opened(e, sequence, deltas::add);
        rows.add(r);
        changed(r, replay);
    }

    /** The row a review's opening makes, counted once; shared with the bulk rebuild ({@link ProgressRebuild}). */
    ProgressReviewEntity opened(ReviewOpened e, long sequence, Counts counts) {
        ProgressReviewEntity r = new ProgressReviewEntity();
        r.reviewId = e.reviewId();
        r.cycleId = e.cycleId();
        r.unitId = e.unitId();
        r.quotaGroupId = e.quotaGroupId() == null ? "" : e.quotaGroupId();
        r.stage = Stage.OPENED;
        r.dueDates = StageReached.write(json, e.dueDates());
        r.nextDueDate = StageReached.nextDue(Stage.OPENED, StageReached.read(json, r.dueDates));
        r.version = sequence;
        count(counts, r.cycleId, r.unitId, r.quotaGroupId, r.stage, null, +1);
        return r;
    }

    /**
     * A later event applied to the row in memory, its counts moved from the old bucket to the new;
     * shared with the bulk rebuild. True when an open dashboard would show a change.
     */
    boolean advance(ProgressReviewEntity r, ReviewEvent event, long sequence, Counts counts) {
        Stage stageBefore = r.stage;
        Rating ratingBefore = r.rating;
        String groupBefore = r.quotaGroupId;
        Map<Stage, LocalDate> due = StageReached.read(json, r.dueDates);
        StageReached.of(event).ifPresent(s -> r.stage = s);
        if (event instanceof RatingDecided d) {
            r.rating = d.rating();
            r.quotaGroupId = d.quotaGroupId() != null ? d.quotaGroupId() : r.quotaGroupId;
        } else if (event instanceof RatingReclassified c) {
            r.rating = c.rating();
            r.quotaGroupId = c.quotaGroupId() != null ? c.quotaGroupId() : r.quotaGroupId;
        } else if (event instanceof DeadlineExtended x) {
            due.put(x.stage(), x.newDueDate());
            r.dueDates = StageReached.write(json, due);
        }
        LocalDate dueBefore = r.nextDueDate;
        r.nextDueDate = StageReached.nextDue(r.stage, due);
        r.version = sequence;
        boolean moved = stageBefore != r.stage || ratingBefore != r.rating || !groupBefore.equals(r.quotaGroupId);
        if (moved) {
            count(counts, r.cycleId, r.unitId, groupBefore, stageBefore, ratingBefore, -1);
            count(counts, r.cycleId, r.unitId, r.quotaGroupId, r.stage, r.rating, +1);
        }
        return moved || !java.util.Objects.equals(dueBefore, r.nextDueDate);
    }

    private static void count(Counts counts, String cycleId, String unitId, String groupId, Stage stage, Rating rating,
                              long delta) {
        counts.add(new UnitProgressEntity.Key(cycleId, unitId, groupId, stage.name(), rating == null ? "" : rating.name()),
                delta);
    }

    /** Tells the open dashboards of the cycle; sent after the transaction commits. Not during a replay. */
    private void changed(ProgressReviewEntity r, ReplayStatus replay) {
        if (replay != null && replay.isReplay()) {
            return;
        }
        emitter.emit(WatchCycle.class, q -> r.cycleId.equals(q.cycleId()),
                new CycleChange(r.cycleId, r.reviewId, r.unitId, r.stage, r.version));
    }

    @ResetHandler
    void reset() {
        version.changing();
        reviews.deleteAllInBatch();
        counters.deleteAllInBatch();
        groups.deleteAllInBatch();
    }
}
