package vn.reviewledger.kernel.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.reviewledger.kernel.common.QuotaGroup;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.Unit;

/** Queries about cycles and their answers. */
public final class CycleQueries {

    private CycleQueries() {
    }

    public record FindCycle(String cycleId) {
    }

    public record CycleView(
            String cycleId,
            String organizationId,
            String organizationName,
            int year,
            RuleSetId ruleSet,
            List<Unit> units,
            Map<Stage, DueRule> plan,
            Map<Integer, Map<Stage, DueRule>> levelPlans,
            List<QuotaGroup> quotaGroups,
            LocalDate opensOn) {
    }
}
