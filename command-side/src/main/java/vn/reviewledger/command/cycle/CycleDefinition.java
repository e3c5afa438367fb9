package vn.reviewledger.command.cycle;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.reviewledger.command.rules.RuleViolation;
import vn.reviewledger.kernel.calendar.WorkingDayCalendar;
import vn.reviewledger.kernel.common.QuotaGroup;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.Unit;
import vn.reviewledger.kernel.cycle.CycleCommands.OpenCycle;
import vn.reviewledger.kernel.cycle.DueRule;

/** The checks a cycle definition must pass before the cycle opens: a tree, an ordered plan, sane quotas. */
final class CycleDefinition {

    /** Regulation 124 took effect for the 2023 reviews; earlier years fall under Regulation 132, not modelled. */
    static final int FIRST_YEAR = 2023;

    private CycleDefinition() {
    }

    static void validate(OpenCycle cmd, WorkingDayCalendar calendar) {
        if (cmd.year() < FIRST_YEAR || cmd.year() > 2100) {
            throw RuleViolation.invalid("year", "UNSUPPORTED_YEAR", "year", cmd.year(), "first", FIRST_YEAR);
        }
        if (cmd.ruleSet() != null && cmd.ruleSet() != RuleSetId.forYear(cmd.year())) {
            throw RuleViolation.invalid("ruleSet", "RULE_SET_YEAR", "ruleSet", cmd.ruleSet(), "year", cmd.year(),
                    "expected", RuleSetId.forYear(cmd.year()));
        }
        if (cmd.opensOn() == null) {
            throw RuleViolation.invalid("opensOn", "OPENS_ON_REQUIRED");
        }
        validateTree(cmd);
        validatePlan(cmd, cmd.plan(), "plan", calendar);
        if (cmd.levelPlans() != null) {
            int depth = depth(cmd);
            for (Map.Entry<Integer, Map<Stage, DueRule>> e : cmd.levelPlans().entrySet()) {
                if (e.getKey() == null || e.getKey() < 1 || e.getKey() > depth) {
                    throw RuleViolation.invalid("levelPlans", "PLAN_LEVEL", "level", e.getKey(), "depth", depth);
                }
                if (e.getValue() == null) {
                    throw RuleViolation.invalid("levelPlans." + e.getKey(), "PLAN_REQUIRED");
                }
                Map<Stage, DueRule> merged = new EnumMap<>(Stage.class);
                merged.putAll(cmd.plan());
                merged.putAll(e.getValue());
                validatePlan(cmd, merged, "levelPlans." + e.getKey(), calendar);
            }
        }
        validateQuotaGroups(cmd);
    }

    private static void validateTree(OpenCycle cmd) {
        if (cmd.units() == null || cmd.units().isEmpty()) {
            throw RuleViolation.invalid("units", "UNITS_REQUIRED");
        }
        Map<String, Unit> byId = new HashMap<>();
        int roots = 0;
        for (Unit u : cmd.units()) {
            if (u == null || u.id() == null || u.id().isBlank() || u.name() == null || u.name().isBlank()) {
                throw RuleViolation.invalid("units", "UNIT_INCOMPLETE");
            }
            if (byId.put(u.id(), u) != null) {
                throw RuleViolation.invalid("units", "UNIT_DUPLICATE", "unitId", u.id());
            }
            if (u.parentId() == null) {
                roots++;
            }
        }
        if (roots != 1) {
            throw RuleViolation.invalid("units", "UNIT_ROOT", "roots", roots);
        }
        for (Unit u : cmd.units()) {
            if (u.parentId() != null && !byId.containsKey(u.parentId())) {
                throw RuleViolation.invalid("units", "UNIT_PARENT_UNKNOWN", "unitId", u.id(), "parentId", u.parentId());
            }
            Set<String> seen = new HashSet<>();
            for (Unit a = u; a.parentId() != null; a = byId.get(a.parentId())) {
                if (!seen.add(a.id())) {
                    throw RuleViolation.invalid("units", "UNIT_CYCLE", "unitId", u.id());
                }
            }
        }
    }

    /** Every planned stage has a due date, none before the cycle opens or before the stage it follows. */
    private static void validatePlan(OpenCycle cmd, Map<Stage, DueRule> plan, String field,
                                     WorkingDayCalendar calendar) {
        if (plan == null || plan.isEmpty()) {
            throw RuleViolation.invalid(field, "PLAN_REQUIRED");
        }
        for (Stage s : plan.keySet()) {
            if (!Stage.PLANNED.contains(s)) {
                throw RuleViolation.invalid(field + "." + s, "STAGE_NOT_PLANNED", "stage", s);
            }
        }
        LocalDate previous = cmd.opensOn();
        Stage previousStage = Stage.OPENED;
        for (Stage s : Stage.PLANNED) {
            DueRule rule = plan.get(s);
            if (rule == null) {
                throw RuleViolation.invalid(field + "." + s, "PLAN_STAGE_MISSING", "stage", s);
            }
            LocalDate due = rule.resolve(cmd.opensOn(), calendar);
            if (previous != null && due.isBefore(previous)) {
                throw RuleViolation.invalid(field + "." + s, "PLAN_ORDER", "stage", s, "dueDate", due,
                        "previousStage", previousStage, "previousDate", previous);
            }
            previous = due;
            previousStage = s;
        }
    }

    private static int depth(OpenCycle cmd) {
        Map<String, Unit> byId = new HashMap<>();
        cmd.units().forEach(u -> byId.put(u.id(), u));
        int depth = 1;
        for (Unit u : cmd.units()) {
            int d = 1;
            for (Unit a = u; a.parentId() != null; a = byId.get(a.parentId())) {
                d++;
            }
            depth = Math.max(depth, d);
        }
        return depth;
    }

    private static void validateQuotaGroups(OpenCycle cmd) {
        if (cmd.quotaGroups() == null) {
            return;
        }
        Set<String> ids = new HashSet<>();
        for (QuotaGroup g : cmd.quotaGroups()) {
            if (g == null || g.id() == null || g.id().isBlank()) {
                throw RuleViolation.invalid("quotaGroups", "QUOTA_GROUP_INCOMPLETE");
            }
            if (!ids.add(g.id())) {
                throw RuleViolation.invalid("quotaGroups", "QUOTA_GROUP_DUPLICATE", "quotaGroupId", g.id());
            }
            if (QuotaGroup.isDefaultId(g.id())) {
                // "unit:…" names the default group of a unit; a group of one's own cannot take it.
                throw RuleViolation.invalid("quotaGroups", "QUOTA_GROUP_RESERVED", "quotaGroupId", g.id());
            }
        }
    }
}
