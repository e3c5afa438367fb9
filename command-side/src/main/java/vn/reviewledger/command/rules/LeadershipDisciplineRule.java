package vn.reviewledger.command.rules;

import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.SubjectKind;

/**
 * Quy định 366-QĐ/TW Art. 11 for collectives. §4: a leadership collective one of whose members (the
 * leadership cadres reviewed at its unit) was disciplined in the year for a duty-related fault ⇒
 * Not complete. §1: a collective is Excellent only with no subordinate unit and no member of its
 * leadership disciplined in the year. An ordinary member's discipline does not bear on the
 * collective (Regulation 124's rule did).
 */
public final class LeadershipDisciplineRule implements CollectiveRule {

    @Override
    public void check(String collectiveName, Rating rating, CollectiveFacts facts) {
        if (facts.kind() == SubjectKind.LEADERSHIP_COLLECTIVE && rating != Rating.NOT_COMPLETE
                && facts.disciplinedLeaders() > 0) {
            throw RuleViolation.conflict("LEADERSHIP_MEMBER_DISCIPLINED", "collective", collectiveName,
                    "count", facts.disciplinedLeaders(), "rating", rating, "cap", Rating.NOT_COMPLETE);
        }
        if (rating == Rating.EXCELLENT && facts.disciplinedLeaders() + facts.disciplinedSubordinateUnits() > 0) {
            throw RuleViolation.conflict("DISCIPLINED_SUBORDINATE", "collective", collectiveName,
                    "count", facts.disciplinedLeaders() + facts.disciplinedSubordinateUnits(),
                    "blockingReviewId", facts.firstDisciplinedReviewId());
        }
    }
}
