package vn.reviewledger.command.cycle;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.reviewledger.command.rules.RuleViolation;
import vn.reviewledger.kernel.common.QuotaGroup;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.Unit;
import vn.reviewledger.kernel.cycle.CycleCommands.OpenCycle;
import vn.reviewledger.kernel.cycle.CycleEvents.CycleOpened;

/**
 * One organization's review cycle for one year: the rule set (pinned in the first event), the unit
 * tree, the plan and the quota groups. Rules that span reviews are decided here so that they hold
 * when several secretaries act at once.
 */
@Aggregate(snapshotTriggerDefinition = "cycleSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class ReviewCycle {

    @AggregateIdentifier
    private String cycleId;
    private int year;
    private RuleSetId ruleSet;
    private RuleParameters ruleParameters;
    private Map<String, Unit> units = new LinkedHashMap<>();
    private Map<Stage, LocalDate> plan = new EnumMap<>(Stage.class);
    private Map<String, QuotaGroup> quotaGroups = new LinkedHashMap<>();
    private LocalDate opensOn;

    ReviewCycle() {
        // for Axon and for snapshots
    }

    @CommandHandler
    ReviewCycle(OpenCycle cmd) {
        CycleDefinition.validate(cmd);
        RuleSetId ruleSetId = cmd.ruleSet() == null ? RuleSetId.forYear(cmd.year()) : cmd.ruleSet();
        RuleParameters parameters = cmd.ruleParameters() == null ? ruleSetId.defaults() : cmd.ruleParameters();
        apply(new CycleOpened(cmd.cycleId(), cmd.organizationId(), cmd.organizationName(), cmd.year(), ruleSetId,
                parameters, List.copyOf(cmd.units()), new EnumMap<>(cmd.plan()),
                cmd.quotaGroups() == null ? List.of() : List.copyOf(cmd.quotaGroups()), cmd.opensOn()));
    }

    /** What a review opened in this cycle inherits: its rules, its unit's place in the tree, its due dates. */
    ReviewTerms termsFor(String unitId, String quotaGroupId) {
        if (!units.containsKey(unitId)) {
            throw RuleViolation.invalid("unitId", "UNKNOWN_UNIT", "unitId", unitId);
        }
        if (quotaGroupId != null && !quotaGroups.containsKey(quotaGroupId)) {
            throw RuleViolation.invalid("quotaGroupId", "UNKNOWN_QUOTA_GROUP", "quotaGroupId", quotaGroupId);
        }
        return new ReviewTerms(cycleId, year, ruleSet, ruleParameters, opensOn, levelOf(unitId), new EnumMap<>(plan));
    }

    /** The root is level 1, its children level 2, and so on. */
    private int levelOf(String unitId) {
        int level = 1;
        for (Unit u = units.get(unitId); u.parentId() != null; u = units.get(u.parentId())) {
            level++;
        }
        return level;
    }

    @EventSourcingHandler
    void on(CycleOpened e) {
        cycleId = e.cycleId();
        year = e.year();
        ruleSet = e.ruleSet();
        ruleParameters = e.ruleParameters();
        units = new LinkedHashMap<>();
        e.units().forEach(u -> units.put(u.id(), u));
        plan = new EnumMap<>(Stage.class);
        plan.putAll(e.plan());
        quotaGroups = new LinkedHashMap<>();
        e.quotaGroups().forEach(g -> quotaGroups.put(g.id(), g));
        opensOn = e.opensOn();
    }
}
