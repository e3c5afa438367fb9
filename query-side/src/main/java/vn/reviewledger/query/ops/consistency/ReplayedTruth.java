package vn.reviewledger.query.ops.consistency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.review.ReviewEvents.DeadlineExtended;
import vn.reviewledger.kernel.review.ReviewEvents.RatingDecided;
import vn.reviewledger.kernel.review.ReviewEvents.RatingProposed;
import vn.reviewledger.kernel.review.ReviewEvents.RatingReclassified;
import vn.reviewledger.kernel.review.ReviewEvents.ReratingRequested;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewEvent;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewOpened;
import vn.reviewledger.kernel.review.ReviewEvents.SelfReviewSubmitted;
import vn.reviewledger.kernel.review.ReviewEvents.VoteHeld;
import vn.reviewledger.query.deadline.StageReached;

/**
 * Every review as its events say it is, folded in memory from the event store alone. Deliberately
 * written apart from the projections (it shares only {@link StageReached}, the read side's one
 * definition of which event reaches which stage): a bug in a projection then shows up as a
 * difference instead of being repeated here.
 */
final class ReplayedTruth {

    /** One review, with the values each read model keeps of it. */
    static final class Review {
        final String reviewId;
        final String cycleId;
        final String unitId;
        final String subjectId;
        final boolean outsidePoliticalSystem;
        /** The unit path the opening recorded; null in events stored before it did. */
        final List<String> unitPath;
        /** The group the review was opened in (the summary keeps this one). */
        final String openedGroupId;
        /** The group the review is counted in (a decision may move it; the progress counters follow). */
        String countedGroupId;
        Stage stage = Stage.OPENED;
        Rating selfRating;
        Integer selfScore;
        Rating voteOutcome;
        Rating proposedRating;
        Integer proposedScore;
        Rating decidedRating;
        Integer decidedScore;
        String decisionNo;
        /** Re-ratings asked and not yet answered by a reclassification (summary and task list keep it). */
        int reratingRequested;
        final Map<Stage, LocalDate> dueDates = new EnumMap<>(Stage.class);
        long version;
        /** Sequence number to event type, in the order stored. */
        final Map<Long, String> events = new LinkedHashMap<>();
        /** Sequence number to the request id of the event's metadata (the history shows it to auditors). */
        final Map<Long, String> requestIds = new LinkedHashMap<>();

        Review(ReviewOpened e, long sequence, String requestId) {
            reviewId = e.reviewId();
            cycleId = e.cycleId();
            unitId = e.unitId();
            subjectId = e.subject().id();
            outsidePoliticalSystem = e.outsidePoliticalSystem();
            unitPath = e.unitPath();
            openedGroupId = e.quotaGroupId();
            countedGroupId = e.quotaGroupId() == null ? "" : e.quotaGroupId();
            if (e.dueDates() != null) {
                dueDates.putAll(e.dueDates());
            }
            version = sequence;
            events.put(sequence, e.getClass().getSimpleName());
            requestIds.put(sequence, requestId);
        }

        void apply(ReviewEvent e, long sequence, String requestId) {
            events.put(sequence, e.getClass().getSimpleName());
            requestIds.put(sequence, requestId);
            version = Math.max(version, sequence);
            StageReached.of(e).ifPresent(s -> stage = s);
            if (e instanceof SelfReviewSubmitted s) {
                selfRating = s.selfRating();
                selfScore = s.selfScore();
            } else if (e instanceof VoteHeld v) {
                voteOutcome = v.outcome();
            } else if (e instanceof RatingProposed p) {
                proposedRating = p.rating();
                proposedScore = p.score();
            } else if (e instanceof RatingDecided d) {
                decidedRating = d.rating();
                decidedScore = d.score();
                decisionNo = d.decisionNo();
                countedGroupId = Objects.requireNonNullElse(d.quotaGroupId(), countedGroupId);
            } else if (e instanceof RatingReclassified c) {
                decidedRating = c.rating();
                decidedScore = c.score();
                decisionNo = c.decisionNo();
                countedGroupId = Objects.requireNonNullElse(c.quotaGroupId(), countedGroupId);
                reratingRequested = 0;
            } else if (e instanceof ReratingRequested) {
                reratingRequested++;
            } else if (e instanceof DeadlineExtended x) {
                dueDates.put(x.stage(), x.newDueDate());
            }
        }

        LocalDate nextDue() {
            return StageReached.nextDue(stage, dueDates);
        }

        /** The progress bucket: cycle, unit, group, stage, decided rating ("" for none). */
        List<String> bucket() {
            return List.of(cycleId, unitId, countedGroupId, stage.name(),
                    decidedRating == null ? "" : decidedRating.name());
        }
    }

    final Map<String, Review> reviews = new LinkedHashMap<>();
    long events;
    /** Review events whose review was never opened: the store itself would be broken. */
    final List<String> orphans = new ArrayList<>();

    void add(Object payload, long sequence, String requestId) {
        events++;
        if (payload instanceof ReviewOpened o) {
            reviews.putIfAbsent(o.reviewId(), new Review(o, sequence, requestId));
        } else if (payload instanceof ReviewEvent e) {
            Review r = reviews.get(e.reviewId());
            if (r == null) {
                orphans.add(e.reviewId() + "#" + sequence);
            } else {
                r.apply(e, sequence, requestId);
            }
        }
    }

    /** Reviews per progress bucket, as the unit_progress counters should hold them. */
    Map<List<String>, Long> counters() {
        Map<List<String>, Long> counts = new LinkedHashMap<>();
        reviews.values().forEach(r -> counts.merge(r.bucket(), 1L, Long::sum));
        return counts;
    }
}
