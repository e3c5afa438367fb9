package vn.reviewledger.command.rules;

import java.util.Collection;
import java.util.List;
import vn.reviewledger.kernel.common.Stage;

/**
 * Complaints about a review. Regulation 124 (Art. 13): lodged against a decided rating.
 * Regulation 366 Art. 12 step 3: complaints and denunciations are verified "trước khi quyết định xếp
 * loại cuối cùng" — they may be lodged from opening, and an open one blocks the decision. Under
 * both, a review closes only with every complaint resolved, and a complaint is resolved once.
 */
public final class ComplaintRule {

    private final boolean fromOpening;

    public ComplaintRule(boolean fromOpening) {
        this.fromOpening = fromOpening;
    }

    public void checkLodging(Stage current) {
        if (current == Stage.CLOSED || current == Stage.EXEMPTED) {
            throw RuleViolation.conflict("REVIEW_FINISHED", "current", current);
        }
        if (!fromOpening && !current.atLeast(Stage.DECIDED)) {
            throw RuleViolation.conflict("STAGE_ORDER", "current", current, "expected", List.of(Stage.DECIDED, Stage.ANNOUNCED));
        }
    }

    /** Refuses a decision while a complaint is open, where the rule set says so. */
    public void checkDecision(Collection<String> openComplaints) {
        if (fromOpening && !openComplaints.isEmpty()) {
            throw RuleViolation.conflict("COMPLAINT_OPEN", "complaints", openComplaints);
        }
    }

    public void checkResolution(String complaintId, Boolean open) {
        if (open == null) {
            throw RuleViolation.notFound("COMPLAINT_UNKNOWN", "complaintId", complaintId);
        }
        if (!open) {
            throw RuleViolation.conflict("COMPLAINT_ALREADY_RESOLVED", "complaintId", complaintId);
        }
    }

    public void checkClosing(Collection<String> openComplaints) {
        if (!openComplaints.isEmpty()) {
            throw RuleViolation.conflict("COMPLAINTS_OPEN", "complaints", openComplaints);
        }
    }
}
