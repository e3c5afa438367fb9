package vn.reviewledger.command.rules;

import java.util.List;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.kernel.review.ReviewEvents.DisciplineRecorded;
import vn.reviewledger.kernel.review.ReviewEvents.LeaveRecorded;

/**
 * What the rating rules need to know about one review: the facts of the year that cap a rating,
 * and what the deciding body gave with it.
 *
 * @param score                  the score of this proposal, decision or re-rating under REG_366; null otherwise
 * @param reason                 the deciding body's reason, where it gave one (a rating below the band, a discretion)
 * @param unremediedShortcomings shortcomings of earlier reviews not yet remedied (REG_366 Excellent condition)
 */
public record RatingContext(
        SubjectKind kind,
        int year,
        List<DisciplineRecorded> disciplines,
        List<LeaveRecorded> leaves,
        boolean civilServant,
        Rating civilServantRating,
        Integer score,
        String reason,
        int unremediedShortcomings) {

    public RatingContext {
        disciplines = disciplines == null ? List.of() : List.copyOf(disciplines);
        leaves = leaves == null ? List.of() : List.copyOf(leaves);
    }

    public RatingContext(SubjectKind kind, int year, List<DisciplineRecorded> disciplines, List<LeaveRecorded> leaves,
                         boolean civilServant, Rating civilServantRating, Integer score) {
        this(kind, year, disciplines, leaves, civilServant, civilServantRating, score, null, 0);
    }

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
