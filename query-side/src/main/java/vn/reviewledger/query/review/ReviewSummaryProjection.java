package vn.reviewledger.query.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.Subject;
import vn.reviewledger.kernel.review.ReviewEvents.DeadlineExtended;
import vn.reviewledger.kernel.review.ReviewEvents.RatingDecided;
import vn.reviewledger.kernel.review.ReviewEvents.RatingProposed;
import vn.reviewledger.kernel.review.ReviewEvents.RatingReclassified;
import vn.reviewledger.kernel.review.ReviewEvents.ReratingRequested;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewEvent;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewOpened;
import vn.reviewledger.kernel.review.ReviewEvents.SelfReviewSubmitted;
import vn.reviewledger.kernel.review.ReviewEvents.VoteHeld;
import vn.reviewledger.kernel.review.ReviewListQueries.ExportReviews;
import vn.reviewledger.kernel.review.ReviewListQueries.FindReviews;
import vn.reviewledger.kernel.review.ReviewListQueries.ReviewPage;
import vn.reviewledger.kernel.review.ReviewQueries.FindReview;
import vn.reviewledger.kernel.review.ReviewQueries.FindReviewIdsOfCycle;
import vn.reviewledger.kernel.review.ReviewQueries.ReviewView;
import vn.reviewledger.query.LiveRows;
import vn.reviewledger.query.ReadModels;
import vn.reviewledger.query.cycle.UnitDirectory;
import vn.reviewledger.query.cycle.UnitTree;
import vn.reviewledger.query.deadline.DeadlinePolicy;
import vn.reviewledger.query.deadline.StageReached;

/**
 * The review summary read model. Idempotent: an event whose sequence number the row already has is
 * skipped, so a segment taken over by another node, or a replay, never applies anything twice. Its
 * rows are read and written per batch ({@link LiveRows}), folded in memory in between.
 */
@Component
@ProcessingGroup(ReviewSummaryProjection.GROUP)
class ReviewSummaryProjection {

    static final String GROUP = ReadModels.REVIEW_VIEW;
    private static final TypeReference<Map<Stage, LocalDate>> DUE_DATES = new TypeReference<>() {
    };

    private final ReviewSummaryRepository repository;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;
    private final DeadlinePolicy deadlines;
    private final UnitDirectory units;
    private final CycleTrees cycleTrees;
    private final ReviewList list;

    ReviewSummaryProjection(ReviewSummaryRepository repository, ObjectMapper json, DeadlinePolicy deadlines,
                            UnitDirectory units, CycleTrees cycleTrees, ReviewList list,
                            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.json = json;
        this.deadlines = deadlines;
        this.units = units;
        this.cycleTrees = cycleTrees;
        this.list = list;
    }

    @EventHandler
    void on(ReviewOpened e, @SequenceNumber long sequence, @Timestamp Instant at) {
        LiveRows<ReviewSummaryEntity> rows = LiveRows.of(ReviewSummaryEntity.TABLE, jdbc);
        // A redelivered opening finds its row.
        if (rows.find(e.reviewId()) == null) {
            rows.add(opened(e, sequence, at));
        }
    }

    /** Every other review event; those that change nothing shown still move the version, for If-Match. */
    @EventHandler
    void on(ReviewEvent e, @SequenceNumber long seq, @Timestamp Instant at) {
        LiveRows<ReviewSummaryEntity> rows = LiveRows.of(ReviewSummaryEntity.TABLE, jdbc);
        ReviewSummaryEntity r = rows.find(e.reviewId());
        if (r != null && seq > r.version) {
            advance(r, e, seq, at);
            rows.changed(r);
        }
    }

    /** The row as a review's first event makes it; also the start of an as-of fold ({@link ReviewAsOf}). */
    ReviewSummaryEntity opened(ReviewOpened e, long sequence, Instant at) {
        ReviewSummaryEntity r = new ReviewSummaryEntity();
        r.reviewId = e.reviewId();
        r.cycleId = e.cycleId();
        r.unitId = e.unitId();
        r.quotaGroupId = e.quotaGroupId();
        r.subjectId = e.subject().id();
        r.subjectName = e.subject().name();
        r.subjectKind = e.subject().kind();
        r.outsidePoliticalSystem = e.outsidePoliticalSystem();
        r.stage = Stage.OPENED;
        Map<Stage, LocalDate> due = new EnumMap<>(Stage.class);
        if (e.dueDates() != null) {
            due.putAll(e.dueDates());
        }
        r.dueDates = write(due);
        r.nextDueDate = due.get(Stage.OPENED.next());
        r.dueSort = dueSort(r.nextDueDate);
        r.unitPath = unitPath(e);
        r.version = sequence;
        r.updatedAt = at;
        return r;
    }

    /**
     * One later event applied to a row, in memory. The live projection and the as-of fold both use
     * it, so a review as of an instant is exactly what the live read showed then.
     */
    void advance(ReviewSummaryEntity r, ReviewEvent e, long sequence, Instant at) {
        // Where the review stands: the one definition every read model and the as-of reads share.
        StageReached.of(e).ifPresent(stage -> r.stage = stage);
        record(r, e);
        r.nextDueDate = StageReached.nextDue(r.stage, read(r.dueDates));
        r.dueSort = dueSort(r.nextDueDate);
        r.version = sequence;
        r.updatedAt = at;
    }

    static LocalDate dueSort(LocalDate nextDueDate) {
        return nextDueDate == null ? ReviewSummaryEntity.UNDATED : nextDueDate;
    }

    /**
     * The unit path of a review: the one its opening recorded; for events stored before the path was
     * recorded, the cycle's unit tree (the read model's, else the cycle's first event in the store, so
     * that a replay does not depend on the cycles processor being ahead); a unit no tree knows stands
     * alone under the root ("/unit/"), as the list's subtree filter treats it.
     */
    String unitPath(ReviewOpened e) {
        String path = UnitPaths.of(e.unitPath());
        if (path != null) {
            return path;
        }
        UnitTree tree = units.tree(e.cycleId()).orElseGet(() -> cycleTrees.tree(e.cycleId()));
        List<String> ids = tree == null ? List.of()
                : tree.path(e.unitId()).stream().map(UnitTree.Node::id).toList();
        path = UnitPaths.of(ids);
        return path != null ? path : UnitPaths.of(List.of(e.unitId()));
    }

    /** What the summary keeps of an event besides the stage. */
    private void record(ReviewSummaryEntity r, ReviewEvent event) {
        if (event instanceof SelfReviewSubmitted e) {
            r.selfRating = e.selfRating();
            r.selfScore = e.selfScore();
        } else if (event instanceof VoteHeld e) {
            r.voteOutcome = e.outcome();
        } else if (event instanceof RatingProposed e) {
            r.proposedRating = e.rating();
            r.proposedScore = e.score();
        } else if (event instanceof RatingDecided e) {
            r.decidedRating = e.rating();
            r.decidedScore = e.score();
            r.decisionNo = e.decisionNo();
        } else if (event instanceof RatingReclassified e) {
            // Also after close (Quy định 366-QĐ/TW Art. 15 §3): the stage stays, the decision changes.
            r.decidedRating = e.rating();
            r.decidedScore = e.score();
            r.decisionNo = e.decisionNo();
            r.reratingRequested = 0;
        } else if (event instanceof ReratingRequested) {
            r.reratingRequested++;
        } else if (event instanceof DeadlineExtended e) {
            Map<Stage, LocalDate> due = read(r.dueDates);
            due.put(e.stage(), e.newDueDate());
            r.dueDates = write(due);
        }
    }

    @ResetHandler
    void reset() {
        repository.deleteAllInBatch();
    }

    @QueryHandler
    Optional<ReviewView> handle(FindReview query) {
        return repository.findById(query.reviewId()).map(this::view);
    }

    /**
     * A filtered page, most urgent first: one of a few fixed SQL statements on the path and order
     * indexes, chosen by which filters are present ({@link ReviewList}).
     */
    @QueryHandler
    ReviewPage handle(FindReviews query) {
        DeadlinePolicy.Window window = deadlines.window();
        ReviewList.Result page = list.find(query, window);
        return new ReviewPage(page.rows().stream().map(r -> view(r, window)).toList(), query.page(),
                query.size(), page.total());
    }

    /** Chunks in id order (the primary key), so an export of 50,000 reviews never holds them all at once. */
    @QueryHandler
    ReviewPage handle(ExportReviews query) {
        DeadlinePolicy.Window window = deadlines.window();
        List<ReviewSummaryEntity> rows = rows(query);
        return new ReviewPage(rows.stream().map(r -> view(r, window)).toList(), 0, query.limit(), rows.size());
    }

    private List<ReviewSummaryEntity> rows(ExportReviews query) {
        return query.afterReviewId() == null
                ? repository.findByCycleIdOrderByReviewId(query.cycleId(), PageRequest.of(0, query.limit()))
                : repository.findByCycleIdAndReviewIdGreaterThanOrderByReviewId(query.cycleId(), query.afterReviewId(),
                        PageRequest.of(0, query.limit()));
    }

    @QueryHandler
    List<String> handle(FindReviewIdsOfCycle query) {
        return repository.findReviewIdsByCycleId(query.cycleId());
    }

    ReviewView view(ReviewSummaryEntity r) {
        return view(r, deadlines.window());
    }

    ReviewView view(ReviewSummaryEntity r, DeadlinePolicy.Window window) {
        return new ReviewView(r.reviewId, r.cycleId, new Subject(r.subjectId, r.subjectName, r.subjectKind),
                r.unitId, r.quotaGroupId, r.stage, r.selfRating, r.selfScore, r.voteOutcome, r.proposedRating,
                r.proposedScore, r.decidedRating, r.decidedScore, r.decisionNo, r.outsidePoliticalSystem,
                r.reratingRequested, read(r.dueDates), window.status(r.stage, r.nextDueDate), r.version);
    }

    private String write(Map<Stage, LocalDate> due) {
        try {
            return json.writeValueAsString(due);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private Map<Stage, LocalDate> read(String text) {
        try {
            Map<Stage, LocalDate> m = new EnumMap<>(Stage.class);
            m.putAll(json.readValue(text, DUE_DATES));
            return m;
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
