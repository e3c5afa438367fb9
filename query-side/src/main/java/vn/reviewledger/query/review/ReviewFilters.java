package vn.reviewledger.query.review;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.review.ReviewListQueries.FindReviews;
import vn.reviewledger.query.deadline.DeadlinePolicy;

/** The filters of the review list as one query over {@code review_summary}, each on an indexed column. */
final class ReviewFilters {

    private static final List<Stage> FINISHED = List.of(Stage.ANNOUNCED, Stage.CLOSED, Stage.EXEMPTED);

    private ReviewFilters() {
    }

    static Specification<ReviewSummaryEntity> of(FindReviews q, DeadlinePolicy.Window window, Set<String> units) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (q.cycleId() != null) {
                where.add(cb.equal(root.get("cycleId"), q.cycleId()));
            }
            if (units != null) {
                where.add(root.get("unitId").in(units));
            }
            if (q.scope() != null) {
                // The reader's scope: per cycle the units they may see (a unit id means nothing across cycles).
                List<Predicate> anyCycle = new ArrayList<>();
                q.scope().forEach((cycle, visible) -> {
                    if (!visible.isEmpty()) {
                        anyCycle.add(cb.and(cb.equal(root.get("cycleId"), cycle), root.get("unitId").in(visible)));
                    }
                });
                where.add(anyCycle.isEmpty() ? cb.disjunction() : cb.or(anyCycle.toArray(Predicate[]::new)));
            }
            if (q.stage() != null) {
                where.add(cb.equal(root.get("stage"), q.stage()));
            }
            if (q.deadlineStatus() != null) {
                var due = root.<java.time.LocalDate>get("nextDueDate");
                var open = cb.not(root.get("stage").in(FINISHED));
                where.add(switch (q.deadlineStatus()) {
                    case OVERDUE -> cb.and(open, cb.lessThan(due, window.today()));
                    case DUE_SOON -> cb.and(open, cb.between(due, window.today(), window.dueSoonUntil()));
                    case ON_TRACK -> cb.and(open, cb.greaterThan(due, window.dueSoonUntil()));
                    case DONE -> cb.or(cb.not(open), cb.isNull(due));
                });
            }
            // Most urgent first, undated last; set here because Hibernate's criteria API refuses
            // Sort's nullsLast. Not on the count query of a page.
            if (query.getResultType() != Long.class && query.getResultType() != long.class) {
                var due = root.<java.time.LocalDate>get("nextDueDate");
                query.orderBy(cb.asc(cb.selectCase().when(cb.isNull(due), 1).otherwise(0)), cb.asc(due),
                        cb.asc(root.get("subjectName")), cb.asc(root.get("reviewId")));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
