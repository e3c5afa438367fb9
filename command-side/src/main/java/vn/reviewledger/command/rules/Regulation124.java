package vn.reviewledger.command.rules;

import java.util.List;
import vn.reviewledger.kernel.common.RuleParameters;

/**
 * Quy định 124-QĐ/TW (4-10-2023) with Hướng dẫn 25-HD/BTCTW (10-11-2023): review years 2023–2024.
 * Forms 01 / 02A / 02B; ratings without a score; worked under six months (maternity aside): reviewed
 * but not rated; long sick leave capped; discipline by the fault's year, an earlier year's fault
 * re-rating that year; a collective answering for its members and for more than 20% of its units.
 * The rules every regulation shares are in {@link RuleSet} itself.
 */
final class Regulation124 {

    private Regulation124() {
    }

    static RuleSet compose(RuleParameters p) {
        LeaveCapRule leave = new LeaveCapRule(p.minMonthsWorkedForRating(), p.sickLeaveMonthsForCap(), p.sickLeaveCap());
        DisciplineCapRule discipline = new DisciplineCapRule();
        return new RuleSet(p, new RuleSet.Parts(
                SelfReviewFormRule.guidance25(),
                null,
                leave,
                new EarlierYearFaultRule(),
                discipline,
                new CollectiveDisciplineRule(p.disciplinedUnitsShare()),
                List.of(discipline, leave, new CivilServantRule())));
    }
}
