package vn.reviewledger.command.cycle;

import java.util.List;
import java.util.function.Function;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import vn.reviewledger.command.rules.RuleViolation;
import vn.reviewledger.kernel.calendar.WorkingDayCalendar;
import vn.reviewledger.kernel.common.SubjectKind;

/**
 * The command side's way into a cycle from another feature. The aggregate itself stays
 * package-private; this asks it inside the caller's unit of work, so the cycle's events and the
 * caller's commit together, or not at all.
 */
@Component
public class CycleDirectory {

    private final Repository<ReviewCycle> cycles;
    private final WorkingDayCalendar calendar;

    CycleDirectory(Repository<ReviewCycle> cycles, WorkingDayCalendar calendar) {
        this.cycles = cycles;
        this.calendar = calendar;
    }

    public ReviewTerms termsFor(String cycleId, String unitId, String quotaGroupId, boolean collective) {
        return withCycle(cycleId, c -> c.termsFor(unitId, quotaGroupId, collective, calendar));
    }

    /**
     * The unit's path from the root, for a review opened before paths were recorded in its first
     * event. Loading the cycle locks it for the unit of work, so this is only the fallback.
     */
    public List<String> unitPath(String cycleId, String unitId) {
        return withCycle(cycleId, c -> c.unitPath(unitId));
    }

    public void registerCollective(String cycleId, String unitId, String reviewId, String name) {
        withCycle(cycleId, c -> {
            c.registerCollective(unitId, reviewId, name);
            return null;
        });
    }

    public void registerMember(String cycleId, String unitId, String reviewId) {
        withCycle(cycleId, c -> {
            c.registerMember(unitId, reviewId);
            return null;
        });
    }

    public void noteDiscipline(String cycleId, String unitId, String reviewId, SubjectKind kind) {
        withCycle(cycleId, c -> {
            c.noteDiscipline(unitId, reviewId, kind);
            return null;
        });
    }

    public void noteExemption(String cycleId, String unitId, String reviewId, SubjectKind kind) {
        withCycle(cycleId, c -> {
            c.noteExemption(unitId, reviewId, kind);
            return null;
        });
    }

    public String organizationId(String cycleId) {
        return withCycle(cycleId, ReviewCycle::organizationId);
    }

    public void recordDecision(String cycleId, String quotaGroupId, String decisionNo, List<RatingChange> changes) {
        withCycle(cycleId, c -> {
            c.recordDecision(quotaGroupId, decisionNo, changes);
            return null;
        });
    }

    private <R> R withCycle(String cycleId, Function<ReviewCycle, R> action) {
        try {
            return cycles.load(cycleId).invoke(action);
        } catch (AggregateNotFoundException e) {
            throw RuleViolation.notFound("CYCLE_NOT_FOUND", "cycleId", cycleId);
        }
    }
}
