package vn.reviewledger.kernel.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.reviewledger.kernel.common.QuotaGroup;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.Unit;

/** Events of a {@code ReviewCycle}. */
public final class CycleEvents {

    private CycleEvents() {
    }

    /** The cycle's first event: it pins the rule set and its parameters for every review of the cycle. */
    public record CycleOpened(
            String cycleId,
            String organizationId,
            String organizationName,
            int year,
            RuleSetId ruleSet,
            RuleParameters ruleParameters,
            List<Unit> units,
            Map<Stage, LocalDate> plan,
            List<QuotaGroup> quotaGroups,
            LocalDate opensOn) {
    }
}
