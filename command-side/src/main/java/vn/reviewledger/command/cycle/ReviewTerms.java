package vn.reviewledger.command.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.Stage;

/**
 * What the cycle hands to a review it opens; copied into the review's first event. {@code unitPath}:
 * the unit's ancestors from the root down, the unit itself last (for scope checks);
 * {@code quotaGroupId}: the group named, or for an individual named in none its unit's default group.
 */
public record ReviewTerms(
        String cycleId,
        int year,
        RuleSetId ruleSet,
        RuleParameters ruleParameters,
        LocalDate opensOn,
        int unitLevel,
        Map<Stage, LocalDate> dueDates,
        List<String> unitPath,
        String quotaGroupId) {
}
