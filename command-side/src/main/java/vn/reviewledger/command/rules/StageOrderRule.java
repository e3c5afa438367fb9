package vn.reviewledger.command.rules;

import java.util.Arrays;
import java.util.List;
import vn.reviewledger.kernel.common.Stage;

/**
 * The procedure runs in order (Hướng dẫn 25-HD/BTCTW, Part III): a step is accepted only at the
 * stage it follows. A step out of turn is refused, naming where the review stands.
 */
public final class StageOrderRule {

    public void require(Stage current, Stage... allowed) {
        for (Stage s : allowed) {
            if (s == current) {
                return;
            }
        }
        List<Stage> expected = Arrays.asList(allowed);
        throw RuleViolation.conflict("STAGE_ORDER", "current", current, "expected", expected);
    }

    /** For steps that belong after the decision (complaints, reclassification, remediation). */
    public void requireDecided(Stage current) {
        if (current == Stage.EXEMPTED || !current.atLeast(Stage.DECIDED)) {
            throw RuleViolation.conflict("STAGE_ORDER", "current", current, "expected", List.of(Stage.DECIDED, Stage.ANNOUNCED));
        }
    }

    /** For facts that may still change the rating: refused once the review is closed or exempted. */
    public void requireOpen(Stage current) {
        if (current == Stage.CLOSED || current == Stage.EXEMPTED) {
            throw RuleViolation.conflict("REVIEW_FINISHED", "current", current);
        }
    }
}
