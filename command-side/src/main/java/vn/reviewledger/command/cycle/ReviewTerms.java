package vn.reviewledger.command.cycle;

import java.time.LocalDate;
import java.util.Map;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.Stage;

/** What the cycle hands to a review it opens; copied into the review's first event. */
public record ReviewTerms(
        String cycleId,
        int year,
        RuleSetId ruleSet,
        RuleParameters ruleParameters,
        LocalDate opensOn,
        int unitLevel,
        Map<Stage, LocalDate> dueDates) {
}
