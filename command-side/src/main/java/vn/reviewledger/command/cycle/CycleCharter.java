package vn.reviewledger.command.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.reviewledger.command.rules.OpeningRule;
import vn.reviewledger.command.rules.RuleSet;
import vn.reviewledger.kernel.calendar.WorkingDayCalendar;
import vn.reviewledger.kernel.common.QuotaGroup;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.Unit;
import vn.reviewledger.kernel.cycle.CycleEvents.CycleOpened;
import vn.reviewledger.kernel.cycle.DueRule;

/**
 * A cycle's terms as it was opened: rule set, unit tree, plan, quota groups. No event changes them
 * after {@link CycleOpened} (a test holds that), so they are read without taking the cycle's lock:
 * an opening asks them of this, and only a collective's opening (or, under a rule set that decides
 * an organization after its members, any opening) locks the cycle to register itself.
 */
final class CycleCharter {

    private static final OpeningRule OPENING = new OpeningRule();

    private final CycleOpened opened;
    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, QuotaGroup> quotaGroups = new LinkedHashMap<>();

    CycleCharter(CycleOpened opened) {
        this.opened = opened;
        opened.units().forEach(u -> units.put(u.id(), u));
        opened.quotaGroups().forEach(g -> quotaGroups.put(g.id(), g));
    }

    String organizationId() {
        return opened.organizationId();
    }

    /** Whether openings must tell the cycle about every individual review (Regulation 366). */
    boolean tracksMembers() {
        return RuleSet.of(opened.ruleSet(), opened.ruleParameters()).organizationAfterMembers != null;
    }

    /**
     * What a review opened in this cycle inherits: its rules, its unit's place in the tree, its due
     * dates, its quota group. An individual opened without a group joins its unit's default group
     * (DESIGN.md stage 6: every rated individual belongs to a quota group, so none escapes the cap).
     */
    ReviewTerms termsFor(String unitId, String quotaGroupId, boolean collective, WorkingDayCalendar calendar) {
        OPENING.checkPlace(units.containsKey(unitId), unitId, quotaGroupId == null
                || quotaGroups.containsKey(quotaGroupId), quotaGroupId);
        String group = QuotaGroup.idFor(quotaGroupId, collective, unitId);
        List<String> path = unitPath(unitId);
        int level = path.size();
        Map<Stage, LocalDate> due = new EnumMap<>(Stage.class);
        Map<Stage, DueRule> forLevel = opened.levelPlans() == null ? Map.of()
                : opened.levelPlans().getOrDefault(level, Map.of());
        for (Stage s : Stage.PLANNED) {
            DueRule rule = forLevel.getOrDefault(s, opened.plan().get(s));
            if (rule != null) {
                due.put(s, rule.resolve(opened.opensOn(), calendar));
            }
        }
        return new ReviewTerms(opened.cycleId(), opened.year(), opened.ruleSet(), opened.ruleParameters(),
                opened.opensOn(), level, due, path, group);
    }

    /** Root first, the unit itself last (its length is the unit's level); empty for a unit the cycle does not have. */
    List<String> unitPath(String unitId) {
        List<String> path = new ArrayList<>();
        for (Unit u = units.get(unitId); u != null && path.size() <= units.size();
             u = u.parentId() == null ? null : units.get(u.parentId())) {
            path.add(0, u.id());
        }
        return List.copyOf(path);
    }
}
