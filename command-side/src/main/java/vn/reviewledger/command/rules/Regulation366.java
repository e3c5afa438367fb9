package vn.reviewledger.command.rules;

import java.util.List;
import vn.reviewledger.kernel.common.RuleParameters;

/**
 * Quy định 366-QĐ/TW (30-8-2025) with Hướng dẫn 43-HD/BTCTW (31-10-2025): review years 2025 on.
 * Forms 01 / 2A / 2B / 2C; self, proposed, decided and re-rated scores on the 100-point framework
 * with bands 90/70/50, a rating below the band only with a reason; whoever is reviewed is rated (no
 * leave rule: Guid. 43 §7.5 rates on the work actually done); Excellent also needs earlier
 * shortcomings remedied; duty-related discipline ⇒ Not complete, self-discovery a recorded
 * discretion; a leadership collective with a disciplined member ⇒ Not complete; quota 20%,
 * exceptionally 25% with a reason; an organization after all its members; complaints from opening.
 */
final class Regulation366 {

    private Regulation366() {
    }

    static RuleSet compose(RuleParameters p) {
        ScoreBandRule band = new ScoreBandRule(p.excellentScore(), p.goodScore(), p.completeScore());
        DutyDisciplineRule discipline = new DutyDisciplineRule();
        return new RuleSet(p, new RuleSet.Parts(
                SelfReviewFormRule.guidance43(),
                band,
                null,
                null,
                discipline,
                new LeadershipDisciplineRule(),
                List.of(band, discipline, new ExcellentConditionsRule(), new CivilServantRule())));
    }
}
