package vn.reviewledger.command.rules;

import java.util.Collection;
import vn.reviewledger.kernel.common.Rating;

/**
 * Quy định 124-QĐ/TW, Art. 11: a collective in which a member or subordinate organization was
 * disciplined during the year cannot be rated Excellent.
 */
public final class DisciplinedSubordinateRule {

    public void check(String collectiveName, Rating rating, Collection<String> disciplinedReviewIds) {
        if (rating == Rating.EXCELLENT && !disciplinedReviewIds.isEmpty()) {
            throw RuleViolation.conflict("DISCIPLINED_SUBORDINATE", "collective", collectiveName,
                    "count", disciplinedReviewIds.size(), "blockingReviewId", disciplinedReviewIds.iterator().next());
        }
    }
}
