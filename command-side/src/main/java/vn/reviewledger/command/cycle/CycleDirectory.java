package vn.reviewledger.command.cycle;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import vn.reviewledger.command.rules.RuleViolation;

/**
 * The command side's way into a cycle from another feature. The aggregate itself stays
 * package-private; this asks it, inside the caller's unit of work, so the answer and the caller's
 * events commit together.
 */
@Component
public class CycleDirectory {

    private final Repository<ReviewCycle> cycles;

    CycleDirectory(Repository<ReviewCycle> cycles) {
        this.cycles = cycles;
    }

    public ReviewTerms termsFor(String cycleId, String unitId, String quotaGroupId) {
        try {
            return cycles.load(cycleId).invoke(c -> c.termsFor(unitId, quotaGroupId));
        } catch (AggregateNotFoundException e) {
            throw RuleViolation.notFound("CYCLE_NOT_FOUND", "cycleId", cycleId);
        }
    }
}
