package vn.reviewledger.command.rules;

import java.util.List;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.Stage;

/**
 * Quy định 124-QĐ/TW Art. 12 §4.5 and Art. 13, Quy định 366-QĐ/TW Art. 13 and Art. 15 §3: the
 * competent level re-rates a decided review at any time — after the announcement and after close
 * too — with a reason, as a new decision naming the one it replaces. A secretary proposes; re-rating
 * belongs to an office or an administrator. Under Regulation 366 it carries a score, and the new
 * rating passes the same caps as a decision. A re-rating must change something.
 */
public final class ReclassificationRule {

    public void check(Actor actor, Stage current, Rating decided, Rating rating, Integer decidedScore, Integer score) {
        if (!actor.internal() && !"OFFICE".equals(actor.role()) && !"ADMIN".equals(actor.role())) {
            throw RuleViolation.forbidden("RECLASSIFY_COMPETENT_LEVEL", "role", actor.role().isEmpty() ? "-" : actor.role());
        }
        if (current == Stage.EXEMPTED || !current.atLeast(Stage.DECIDED)) {
            throw RuleViolation.conflict("STAGE_ORDER", "current", current,
                    "expected", List.of(Stage.DECIDED, Stage.ANNOUNCED, Stage.CLOSED));
        }
        if (rating == decided && (score == null || score.equals(decidedScore))) {
            throw RuleViolation.conflict("RECLASSIFY_SAME", "rating", rating);
        }
    }
}
