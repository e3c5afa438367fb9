package vn.reviewledger.command.rules;

import java.math.BigDecimal;
import java.util.Set;
import vn.reviewledger.kernel.common.RuleParameters;

/**
 * DESIGN.md "Rule sets": a cycle may set the figures the sources leave open — the quorum and vote
 * shares, the leave rules of Regulation 124 (Guidance 25's own text was not found), the default
 * Excellent share of a group up to the ceiling, the required opinion sources, the order rules. The
 * figures the regulations fix (the 20% ceiling and its 25% exception, the 90/70/50 bands, six
 * months since admission, three working days for the draft, the 20% of subordinate units, the
 * 366 procedure switches) stay as the regulation says: a cycle asking otherwise is refused.
 */
public final class ParametersRule {

    /** The names a cycle may set, as in {@link RuleParameters}. */
    public static final Set<String> OPEN = Set.of("quorumShare", "voteMajorityShare", "excellentShareOfGood",
            "minMonthsWorkedForRating", "sickLeaveMonthsForCap", "sickLeaveCap", "requiredOpinionSources",
            "unitBeforeHead", "lowerLevelBeforeUpper");

    public void checkName(String name, boolean known) {
        if (!known) {
            throw RuleViolation.invalid("ruleParameters." + name, "PARAMETER_UNKNOWN", "name", name);
        }
        if (!OPEN.contains(name)) {
            throw RuleViolation.invalid("ruleParameters." + name, "PARAMETER_FIXED", "name", name);
        }
    }

    /** The figures set must make sense: shares in (0, 1), months within a year, the default share under the ceiling. */
    public void check(RuleParameters p) {
        share("quorumShare", p.quorumShare(), BigDecimal.ONE);
        share("voteMajorityShare", p.voteMajorityShare(), BigDecimal.ONE);
        share("excellentShareOfGood", p.excellentShareOfGood(),
                p.maxExcellentShare() == null ? BigDecimal.ONE : p.maxExcellentShare());
        months("minMonthsWorkedForRating", p.minMonthsWorkedForRating());
        months("sickLeaveMonthsForCap", p.sickLeaveMonthsForCap());
    }

    private static void share(String name, BigDecimal value, BigDecimal max) {
        if (value == null || value.signum() <= 0 || value.compareTo(max) > 0) {
            throw RuleViolation.invalid("ruleParameters." + name, "PARAMETER_RANGE", "name", name,
                    "value", value == null ? "—" : value.toPlainString(), "min", "0", "max", max.toPlainString());
        }
    }

    private static void months(String name, int value) {
        if (value < 0 || value > 12) {
            throw RuleViolation.invalid("ruleParameters." + name, "PARAMETER_RANGE", "name", name, "value", value,
                    "min", "0", "max", "12");
        }
    }
}
