package vn.reviewledger.command.cycle;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;
import vn.reviewledger.command.rules.RuleViolation;
import vn.reviewledger.kernel.calendar.WorkingDayCalendar;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.kernel.cycle.CycleEvents.CycleOpened;

/**
 * The command side's way into a cycle from another feature. The aggregate itself stays
 * package-private; this asks it inside the caller's unit of work, so the cycle's events and the
 * caller's commit together, or not at all.
 */
@Component
public class CycleDirectory {

    private final Repository<ReviewCycle> cycles;
    private final WorkingDayCalendar calendar;
    private final EventStore store;
    /** Terms never change after a cycle opens: read once per cycle, then shared by every opening. */
    private final Map<String, CycleCharter> charters = new ConcurrentHashMap<>();

    CycleDirectory(Repository<ReviewCycle> cycles, WorkingDayCalendar calendar, EventStore store) {
        this.cycles = cycles;
        this.calendar = calendar;
        this.store = store;
    }

    /** Without the cycle's lock: openings across a province no longer queue on it. */
    public ReviewTerms termsFor(String cycleId, String unitId, String quotaGroupId, boolean collective) {
        return charter(cycleId).termsFor(unitId, quotaGroupId, collective, calendar);
    }

    public void registerCollective(String cycleId, String unitId, String reviewId, String name) {
        withCycle(cycleId, c -> {
            c.registerCollective(unitId, reviewId, name);
            return null;
        });
    }

    /** Only where the rule set decides an organization after its members; otherwise the cycle is not touched. */
    public void registerMember(String cycleId, String unitId, String reviewId) {
        if (!charter(cycleId).tracksMembers()) {
            return;
        }
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
        return charter(cycleId).organizationId();
    }

    public void recordDecision(String cycleId, String quotaGroupId, String decisionNo, List<RatingChange> changes) {
        withCycle(cycleId, c -> {
            c.recordDecision(quotaGroupId, decisionNo, changes);
            return null;
        });
    }

    /** The cycle as opened, from the first event of its stream (never a snapshot). */
    private CycleCharter charter(String cycleId) {
        CycleCharter known = charters.get(cycleId);
        if (known != null) {
            return known;
        }
        DomainEventStream stream = store.readEvents(cycleId, 0);
        if (!stream.hasNext() || !(stream.next().getPayload() instanceof CycleOpened opened)) {
            throw RuleViolation.notFound("CYCLE_NOT_FOUND", "cycleId", cycleId);
        }
        CycleCharter charter = new CycleCharter(opened);
        charters.put(cycleId, charter);
        return charter;
    }

    private <R> R withCycle(String cycleId, Function<ReviewCycle, R> action) {
        try {
            return cycles.load(cycleId).invoke(action);
        } catch (AggregateNotFoundException e) {
            throw RuleViolation.notFound("CYCLE_NOT_FOUND", "cycleId", cycleId);
        }
    }
}
