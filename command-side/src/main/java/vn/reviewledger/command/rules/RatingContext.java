package vn.reviewledger.command.rules;

import java.util.List;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.kernel.review.ReviewEvents.DisciplineRecorded;
import vn.reviewledger.kernel.review.ReviewEvents.LeaveRecorded;

/**
 * What the rating rules need to know about one review: the facts of the year that cap a rating.
 *
 * @param score the proposed score under a points rule set (REG_366); null otherwise
 */
public record RatingContext(
        SubjectKind kind,
        int year,
        List<DisciplineRecorded> disciplines,
        List<LeaveRecorded> leaves,
        boolean civilServant,
        Rating civilServantRating,
        Integer score) {

    public RatingContext {
        disciplines = disciplines == null ? List.of() : List.copyOf(disciplines);
        leaves = leaves == null ? List.of() : List.copyOf(leaves);
    }
}
