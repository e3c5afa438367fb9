package vn.reviewledger.kernel.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.reviewledger.kernel.common.QuotaGroup;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.Unit;

/** Commands to a {@code ReviewCycle}: one per organization and review year. */
public final class CycleCommands {

    private CycleCommands() {
    }

    /**
     * Opens the year's cycle.
     *
     * @param plan       when each planned stage is due
     * @param levelPlans per level of the unit tree (root = 1), stages due at another time than the plan says;
     *                   cells usually finish before their committee
     * @param opensOn    the day the cycle opens; admission and working-day offsets count from it
     */
    public record OpenCycle(
            @TargetAggregateIdentifier String cycleId,
            String organizationId,
            String organizationName,
            int year,
            RuleSetId ruleSet,
            RuleParameters ruleParameters,
            List<Unit> units,
            Map<Stage, DueRule> plan,
            Map<Integer, Map<Stage, DueRule>> levelPlans,
            List<QuotaGroup> quotaGroups,
            LocalDate opensOn) {
    }
}
