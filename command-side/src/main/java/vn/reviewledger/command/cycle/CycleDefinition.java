package vn.reviewledger.command.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.reviewledger.command.rules.RuleViolation;
import vn.reviewledger.kernel.common.QuotaGroup;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.Unit;
import vn.reviewledger.kernel.cycle.CycleCommands.OpenCycle;

/** The checks a cycle definition must pass before the cycle opens: a tree, an ordered plan, sane quotas. */
final class CycleDefinition {

    /** Regulation 124 took effect for the 2023 reviews; earlier years fall under Regulation 132, not modelled. */
    static final int FIRST_YEAR = 2023;

    private CycleDefinition() {
    }

    static void validate(OpenCycle cmd) {
        if (cmd.year() < FIRST_YEAR || cmd.year() > 2100) {
            throw RuleViolation.invalid("year", "UNSUPPORTED_YEAR", "year", cmd.year(), "first", FIRST_YEAR);
        }
        if (cmd.ruleSet() != null && cmd.ruleSet() != RuleSetId.forYear(cmd.year())) {
            throw RuleViolation.invalid("ruleSet", "RULE_SET_YEAR", "ruleSet", cmd.ruleSet(), "year", cmd.year(),
                    "expected", RuleSetId.forYear(cmd.year()));
        }
        validateTree(cmd);
        validatePlan(cmd);
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

    private static void validatePlan(OpenCycle cmd) {
        if (cmd.plan() == null || cmd.plan().isEmpty()) {
            throw RuleViolation.invalid("plan", "PLAN_REQUIRED");
        }
        LocalDate previous = cmd.opensOn();
        Stage previousStage = Stage.OPENED;
        for (Stage s : Stage.PLANNED) {
            LocalDate due = cmd.plan().get(s);
            if (due == null) {
                throw RuleViolation.invalid("plan." + s, "PLAN_STAGE_MISSING", "stage", s);
            }
            if (previous != null && due.isBefore(previous)) {
                throw RuleViolation.invalid("plan." + s, "PLAN_ORDER", "stage", s, "dueDate", due,
                        "previousStage", previousStage, "previousDate", previous);
            }
            previous = due;
            previousStage = s;
        }
        for (Stage s : cmd.plan().keySet()) {
            if (!Stage.PLANNED.contains(s)) {
                throw RuleViolation.invalid("plan." + s, "STAGE_NOT_PLANNED", "stage", s);
            }
        }
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
            BigDecimal share = g.excellentShareOfGood();
            if (share != null && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
                throw RuleViolation.invalid("quotaGroups", "QUOTA_SHARE", "quotaGroupId", g.id(), "share", share);
            }
        }
    }
}
