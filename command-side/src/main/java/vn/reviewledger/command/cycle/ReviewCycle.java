package vn.reviewledger.command.cycle;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.reviewledger.command.rules.Actor;
import vn.reviewledger.command.rules.CollectiveFacts;
import vn.reviewledger.command.rules.CollectiveStatus;
import vn.reviewledger.command.rules.OpeningRule;
import vn.reviewledger.command.rules.ParametersRule;
import vn.reviewledger.command.rules.QuotaCount;
import vn.reviewledger.command.rules.RuleSet;
import vn.reviewledger.command.rules.ScopeRule;
import vn.reviewledger.kernel.calendar.WorkingDayCalendar;
import vn.reviewledger.kernel.common.QuotaGroup;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.kernel.common.Unit;
import vn.reviewledger.kernel.cycle.CycleCommands.OpenCycle;
import vn.reviewledger.kernel.cycle.CycleEvents.CollectiveDisciplineNoted;
import vn.reviewledger.kernel.cycle.CycleEvents.CollectiveReviewRegistered;
import vn.reviewledger.kernel.cycle.CycleEvents.CycleOpened;
import vn.reviewledger.kernel.cycle.CycleEvents.DecisionRecorded;
import vn.reviewledger.kernel.cycle.CycleEvents.MemberDisciplineNoted;
import vn.reviewledger.kernel.cycle.CycleEvents.MemberReviewRegistered;
import vn.reviewledger.kernel.cycle.CycleEvents.RecordedRating;
import vn.reviewledger.kernel.cycle.CycleEvents.ReviewExemptionNoted;
import vn.reviewledger.kernel.cycle.DueRule;

/**
 * One organization's review cycle for one year: the rule set (pinned in the first event), the unit
 * tree, the plan and the quota groups, and the ledger the rules across reviews need — decided
 * counts per quota group, the collectives of each unit and their ratings, the units with a
 * disciplined member. Those rules are decided here, in one aggregate, so they hold when several
 * secretaries and offices act at once: every decision passes through this aggregate's lock (one
 * node) or its event stream's unique sequence (several nodes).
 *
 * <p>The ledger keeps counts, not the reviews themselves, so the cycle stays small at province scale.
 */
// Cached: every opening and decision loads the cycle, whose stream grows with the province (one
// event per decision); replaying it from its last snapshot each time dominated the opening latency.
// A stale copy after another node's append fails on the stream's unique sequence and is evicted.
@Aggregate(snapshotTriggerDefinition = "cycleSnapshotTrigger", cache = "cycleCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class ReviewCycle {

    private static final OpeningRule OPENING = new OpeningRule();
    private static final ParametersRule PARAMETERS = new ParametersRule();

    @AggregateIdentifier
    private String cycleId;
    private String organizationId;
    private int year;
    private RuleSetId ruleSet;
    private RuleParameters ruleParameters;
    private Map<String, Unit> units = new LinkedHashMap<>();
    private Map<Stage, DueRule> plan = new EnumMap<>(Stage.class);
    private Map<Integer, Map<Stage, DueRule>> levelPlans = new HashMap<>();
    private Map<String, QuotaGroup> quotaGroups = new LinkedHashMap<>();
    private LocalDate opensOn;
    private Map<String, QuotaCount> quotaCounts = new HashMap<>();
    /** unit id -> (review id -> status) of the collective reviews at that unit. */
    private Map<String, Map<String, CollectiveStatus>> collectives = new HashMap<>();
    /** unit id -> review ids of members disciplined in a way the unit's collectives answer for. */
    private Map<String, Set<String>> disciplined = new HashMap<>();
    /** unit id -> review ids of the leadership cadres among them. */
    private Map<String, Set<String>> disciplinedLeaders = new HashMap<>();
    /** unit id -> review ids of the unit's own collectives disciplined in the year. */
    private Map<String, Set<String>> disciplinedCollectives = new HashMap<>();
    /** unit id -> individual reviews not yet decided nor exempted (kept where an organization waits for its members). */
    private Map<String, Set<String>> membersPending = new HashMap<>();

    ReviewCycle() {
        // for Axon and for snapshots
    }

    @CommandHandler
    ReviewCycle(OpenCycle cmd, WorkingDayCalendar calendar, MetaData metaData) {
        CycleDefinition.validate(cmd, calendar);
        // Checked after the definition, so the roots are known to be well formed.
        ScopeRule.requireCycleRoot(Actor.from(metaData), cmd.units().stream()
                .filter(u -> u.parentId() == null).map(Unit::id).toList());
        RuleSetId ruleSetId = cmd.ruleSet() == null ? RuleSetId.forYear(cmd.year()) : cmd.ruleSet();
        RuleParameters parameters = cmd.ruleParameters() == null ? ruleSetId.defaults() : cmd.ruleParameters();
        RuleSet rules = RuleSet.of(ruleSetId, parameters);
        PARAMETERS.check(rules.parameters());
        if (cmd.quotaGroups() != null) {
            cmd.quotaGroups().forEach(g -> rules.quotaShare.check(g.id(), g.excellentShareOfGood(), g.exceptionReason()));
        }
        apply(new CycleOpened(cmd.cycleId(), cmd.organizationId(), cmd.organizationName(), cmd.year(), ruleSetId,
                parameters, List.copyOf(cmd.units()), new EnumMap<>(cmd.plan()),
                cmd.levelPlans() == null ? Map.of() : Map.copyOf(cmd.levelPlans()),
                cmd.quotaGroups() == null ? List.of() : List.copyOf(cmd.quotaGroups()), cmd.opensOn()));
    }

    private RuleSet rules() {
        return RuleSet.of(ruleSet, ruleParameters);
    }

    String organizationId() {
        return organizationId;
    }

    void registerCollective(String unitId, String reviewId, String name) {
        apply(new CollectiveReviewRegistered(cycleId, unitId, reviewId, name));
    }

    void registerMember(String unitId, String reviewId) {
        if (rules().organizationAfterMembers != null) {
            apply(new MemberReviewRegistered(cycleId, unitId, reviewId));
        }
    }

    /** A discipline the unit's collectives answer for: a member's, or the collective's own. */
    void noteDiscipline(String unitId, String reviewId, SubjectKind kind) {
        if (kind.isCollective()) {
            if (!disciplinedCollectives.getOrDefault(unitId, Set.of()).contains(reviewId)) {
                apply(new CollectiveDisciplineNoted(cycleId, unitId, reviewId));
            }
        } else if (!disciplined.getOrDefault(unitId, Set.of()).contains(reviewId)) {
            apply(new MemberDisciplineNoted(cycleId, unitId, reviewId, kind));
        }
    }

    void noteExemption(String unitId, String reviewId, SubjectKind kind) {
        apply(new ReviewExemptionNoted(cycleId, unitId, reviewId, kind));
    }

    /**
     * Checks the rules across reviews for one decision (one review or a whole quota group) and
     * records it. All entries pass, or the decision is refused as a whole.
     */
    void recordDecision(String quotaGroupId, String decisionNo, List<RatingChange> changes) {
        RuleSet rules = rules();
        for (RatingChange c : changes) {
            if (c.kind().isCollective()) {
                if (rules.lowerLevelFirst != null) {
                    rules.lowerLevelFirst.check(c.name(), collectivesBelow(c.unitId()));
                }
                if (rules.organizationAfterMembers != null && c.kind() == SubjectKind.PARTY_ORGANIZATION
                        && c.previous() == null) {
                    rules.organizationAfterMembers.check(c.name(), membersPendingIn(c.unitId(), changes));
                }
                rules.collectiveDiscipline.check(c.name(), c.rating(), factsFor(c.unitId(), c.kind()));
            } else if (c.headOfUnit()) {
                Collection<CollectiveStatus> ofUnit = collectives.getOrDefault(c.unitId(), Map.of()).values();
                if (rules.unitBeforeHead != null) {
                    rules.unitBeforeHead.check(c.name(), ofUnit);
                }
                rules.headNotAboveCollective.check(c.name(), c.rating(), ofUnit);
            }
        }
        // A review stored before every individual had a group still counts in its unit's default group.
        String groupId = changes.isEmpty() ? quotaGroupId
                : QuotaGroup.idFor(quotaGroupId, changes.get(0).kind().isCollective(), changes.get(0).unitId());
        if (groupId != null) {
            QuotaGroup group = quotaGroups.getOrDefault(groupId, new QuotaGroup(groupId, unitName(groupId), null));
            QuotaCount before = quotaCounts.getOrDefault(groupId, QuotaCount.EMPTY);
            QuotaCount after = before;
            for (RatingChange c : changes) {
                after = after.move(c.previous(), c.rating());
            }
            BigDecimal share = group.excellentShareOfGood() != null
                    ? group.excellentShareOfGood() : ruleParameters.excellentShareOfGood();
            rules.excellentQuota.check(group.name(), share, before, after);
        }
        List<RecordedRating> recorded = new ArrayList<>();
        for (RatingChange c : changes) {
            recorded.add(new RecordedRating(c.reviewId(), c.unitId(), c.kind(), c.previous(), c.rating()));
        }
        apply(new DecisionRecorded(cycleId, groupId, decisionNo, recorded));
    }

    /** A unit's default group is named after the unit. */
    private String unitName(String groupId) {
        Unit u = units.get(QuotaGroup.unitOfDefault(groupId));
        return u == null ? groupId : u.name();
    }

    /** Members of the subtree still to be decided, not counting those decided in this same decision. */
    private int membersPendingIn(String unitId, List<RatingChange> changes) {
        Set<String> inThisDecision = new HashSet<>();
        changes.forEach(c -> inThisDecision.add(c.reviewId()));
        int pending = 0;
        for (Unit u : units.values()) {
            if (isWithin(u.id(), unitId)) {
                for (String id : membersPending.getOrDefault(u.id(), Set.of())) {
                    pending += inThisDecision.contains(id) ? 0 : 1;
                }
            }
        }
        return pending;
    }

    /** What a collective at {@code unitId} answers for: its members' and its subordinate units' discipline. */
    private CollectiveFacts factsFor(String unitId, SubjectKind kind) {
        Set<String> members = disciplinedIn(unitId);
        Set<String> leaders = disciplinedLeaders.getOrDefault(unitId, Set.of());
        int children = 0;
        int disciplinedChildren = 0;
        String first = members.isEmpty() ? null : members.iterator().next();
        for (Unit u : units.values()) {
            if (unitId.equals(u.parentId())) {
                children++;
                Set<String> own = disciplinedCollectives.getOrDefault(u.id(), Set.of());
                if (!own.isEmpty()) {
                    disciplinedChildren++;
                    first = first == null ? own.iterator().next() : first;
                }
            }
        }
        if (!leaders.isEmpty()) {
            first = leaders.iterator().next();
        }
        return new CollectiveFacts(kind, members.size(), leaders.size(), children, disciplinedChildren, first);
    }

    /** Collective reviews at every unit strictly below {@code unitId}. */
    private List<CollectiveStatus> collectivesBelow(String unitId) {
        List<CollectiveStatus> below = new ArrayList<>();
        for (Unit u : units.values()) {
            if (!u.id().equals(unitId) && isWithin(u.id(), unitId)) {
                below.addAll(collectives.getOrDefault(u.id(), Map.of()).values());
            }
        }
        return below;
    }

    /** Disciplined members at the unit or anywhere below it. */
    private Set<String> disciplinedIn(String unitId) {
        Set<String> ids = new LinkedHashSet<>();
        for (Unit u : units.values()) {
            if (isWithin(u.id(), unitId)) {
                ids.addAll(disciplined.getOrDefault(u.id(), Set.of()));
            }
        }
        return ids;
    }

    private boolean isWithin(String unitId, String ancestorId) {
        for (Unit u = units.get(unitId); u != null; u = u.parentId() == null ? null : units.get(u.parentId())) {
            if (u.id().equals(ancestorId)) {
                return true;
            }
        }
        return false;
    }

    @EventSourcingHandler
    void on(CycleOpened e) {
        cycleId = e.cycleId();
        organizationId = e.organizationId();
        year = e.year();
        ruleSet = e.ruleSet();
        ruleParameters = e.ruleParameters();
        units = new LinkedHashMap<>();
        e.units().forEach(u -> units.put(u.id(), u));
        plan = new EnumMap<>(Stage.class);
        plan.putAll(e.plan());
        levelPlans = new HashMap<>(e.levelPlans() == null ? Map.of() : e.levelPlans());
        quotaGroups = new LinkedHashMap<>();
        e.quotaGroups().forEach(g -> quotaGroups.put(g.id(), g));
        opensOn = e.opensOn();
    }

    @EventSourcingHandler
    void on(CollectiveReviewRegistered e) {
        collectives.computeIfAbsent(e.unitId(), k -> new LinkedHashMap<>())
                .put(e.reviewId(), new CollectiveStatus(e.reviewId(), e.unitId(), e.name(), null));
    }

    @EventSourcingHandler
    void on(DecisionRecorded e) {
        for (RecordedRating r : e.ratings()) {
            // Decisions stored before every individual had a group count in their unit's default group.
            String group = QuotaGroup.idFor(e.quotaGroupId(), r.kind().isCollective(), r.unitId());
            if (group != null) {
                quotaCounts.put(group, quotaCounts.getOrDefault(group, QuotaCount.EMPTY).move(r.previous(), r.rating()));
            }
            Set<String> pending = membersPending.get(r.unitId());
            if (pending != null) {
                pending.remove(r.reviewId());
            }
        }
        for (RecordedRating r : e.ratings()) {
            Map<String, CollectiveStatus> atUnit = collectives.get(r.unitId());
            if (atUnit != null && atUnit.containsKey(r.reviewId())) {
                atUnit.put(r.reviewId(), atUnit.get(r.reviewId()).withRating(r.rating()));
            }
        }
    }

    @EventSourcingHandler
    void on(MemberDisciplineNoted e) {
        disciplined.computeIfAbsent(e.unitId(), k -> new LinkedHashSet<>()).add(e.reviewId());
        if (e.leadershipMember()) {
            disciplinedLeaders.computeIfAbsent(e.unitId(), k -> new LinkedHashSet<>()).add(e.reviewId());
        }
    }

    @EventSourcingHandler
    void on(CollectiveDisciplineNoted e) {
        disciplinedCollectives.computeIfAbsent(e.unitId(), k -> new LinkedHashSet<>()).add(e.reviewId());
    }

    @EventSourcingHandler
    void on(MemberReviewRegistered e) {
        membersPending.computeIfAbsent(e.unitId(), k -> new LinkedHashSet<>()).add(e.reviewId());
    }

    @EventSourcingHandler
    void on(ReviewExemptionNoted e) {
        Map<String, CollectiveStatus> atUnit = collectives.get(e.unitId());
        if (atUnit != null && atUnit.containsKey(e.reviewId())) {
            atUnit.put(e.reviewId(), atUnit.get(e.reviewId()).asExempted());
        }
        Set<String> pending = membersPending.get(e.unitId());
        if (pending != null) {
            pending.remove(e.reviewId());
        }
    }
}
