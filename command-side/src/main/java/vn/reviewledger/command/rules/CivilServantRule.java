package vn.reviewledger.command.rules;

import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.SubjectKind;

/**
 * For a party member who is a civil servant the State rating is the basis of the party rating
 * (Quy định 366-QĐ/TW Art. 3 (4); Guid. 21/2019 for 2023–2024; Decree 90/2020 Art. 20): it is
 * recorded before the party rating is decided; the party rating is Excellent only if the State's is;
 * rated Not complete by the State means Not complete. The State rating belongs to an individual who
 * is a civil servant, and is recorded before the decision.
 */
public final class CivilServantRule implements RatingRule {

    @Override
    public void check(RatingContext review, Rating rating) {
        if (!review.civilServant() || review.kind().isCollective()) {
            return;
        }
        if (review.civilServantRating() == null) {
            throw RuleViolation.conflict("CIVIL_SERVANT_RATING_MISSING", "rating", rating);
        }
        if (rating == Rating.EXCELLENT && review.civilServantRating() != Rating.EXCELLENT) {
            throw RuleViolation.conflict("CIVIL_SERVANT_EXCELLENT", "stateRating", review.civilServantRating(),
                    "rating", rating);
        }
        if (review.civilServantRating() == Rating.NOT_COMPLETE && rating != Rating.NOT_COMPLETE) {
            throw RuleViolation.conflict("CIVIL_SERVANT_NOT_COMPLETE", "stateRating", review.civilServantRating(),
                    "rating", rating);
        }
    }

    /** May a State rating be recorded on this review now? */
    public void checkRecording(SubjectKind kind, boolean civilServant, String subjectName, Stage stage) {
        if (!civilServant || kind.isCollective()) {
            throw RuleViolation.conflict("CIVIL_SERVANT_NOT_APPLICABLE", "subject", subjectName);
        }
        if (stage.atLeast(Stage.DECIDED)) {
            throw RuleViolation.conflict("STAGE_ORDER", "current", stage, "expected", java.util.List.of(Stage.PROPOSED));
        }
    }
}
