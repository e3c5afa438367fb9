package vn.reviewledger.command.cycle;

import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.SubjectKind;

/** One review's rating as a decision changes it; {@code previous} is null for a first decision. */
public record RatingChange(String reviewId, String unitId, SubjectKind kind, String name, boolean headOfUnit,
                           Rating previous, Rating rating) {
}
