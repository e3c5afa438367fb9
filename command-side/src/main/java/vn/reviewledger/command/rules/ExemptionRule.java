package vn.reviewledger.command.rules;

import java.util.List;
import vn.reviewledger.kernel.common.ExemptionReason;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.SubjectKind;

/**
 * Quy định 124-QĐ/TW Art. 2 (3), Quy định 366-QĐ/TW Art. 5 §2.1: a member exempted from party work,
 * suspended, or admitted under six months is recorded as not reviewed; a collective established
 * under six months likewise. The reason must fit the subject, a review is exempted once, and not
 * once its rating is decided (it was reviewed, then).
 */
public final class ExemptionRule {

    public void check(SubjectKind kind, ExemptionReason reason, Stage current) {
        if (reason.forCollective() != kind.isCollective()) {
            throw RuleViolation.invalid("reason", "EXEMPTION_REASON_KIND", "reason", reason, "kind", kind);
        }
        if (current == Stage.EXEMPTED) {
            throw RuleViolation.conflict("ALREADY_EXEMPTED", "reason", reason);
        }
        if (current.atLeast(Stage.DECIDED)) {
            throw RuleViolation.conflict("STAGE_ORDER", "current", current, "expected", List.of(Stage.OPENED, Stage.PROPOSED));
        }
    }
}
