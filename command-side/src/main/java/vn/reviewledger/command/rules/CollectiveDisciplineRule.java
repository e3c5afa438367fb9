package vn.reviewledger.command.rules;

import java.math.BigDecimal;
import vn.reviewledger.kernel.common.Rating;

/**
 * Quy định 124-QĐ/TW Art. 12 §4 for collectives, what their members and subordinate units did:
 * more than the share (20%) of its subordinate units disciplined in the year ⇒ Not complete; a
 * member or a subordinate unit disciplined ⇒ not Excellent. (The collective's own discipline is
 * its own review's {@link DisciplineCapRule}.)
 */
public final class CollectiveDisciplineRule implements CollectiveRule {

    private final BigDecimal unitsShare;

    public CollectiveDisciplineRule(BigDecimal unitsShare) {
        this.unitsShare = unitsShare;
    }

    @Override
    public void check(String collectiveName, Rating rating, CollectiveFacts facts) {
        if (rating != Rating.NOT_COMPLETE && facts.subordinateUnits() > 0
                && Shares.exceeds(facts.disciplinedSubordinateUnits(), facts.subordinateUnits(), unitsShare)) {
            throw RuleViolation.conflict("DISCIPLINED_UNITS_SHARE", "collective", collectiveName,
                    "disciplined", facts.disciplinedSubordinateUnits(), "units", facts.subordinateUnits(),
                    "share", unitsShare.stripTrailingZeros().toPlainString(), "rating", rating);
        }
        int disciplined = facts.disciplinedMembers() + facts.disciplinedSubordinateUnits();
        if (rating == Rating.EXCELLENT && disciplined > 0) {
            throw RuleViolation.conflict("DISCIPLINED_SUBORDINATE", "collective", collectiveName,
                    "count", disciplined, "blockingReviewId", facts.firstDisciplinedReviewId());
        }
    }
}
