package vn.reviewledger.command.rules;

import java.util.EnumSet;
import java.util.Set;
import vn.reviewledger.kernel.common.OpinionSource;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.SubjectKind;

/**
 * Hướng dẫn 25-HD/BTCTW Part III (1), Quy định 366-QĐ/TW Art. 17 §2: before the meeting, opinions are
 * gathered — the residence committee's comment on every individual, the leadership collective's on
 * a cadre, the superior's on a collective. Collection may close only once every source the rule set
 * requires has spoken. A member outside the political system (form 2C) is a member of the residence
 * cell itself, so no separate residence comment is asked of them.
 */
public final class RequiredOpinionSourcesRule {

    private final RuleParameters parameters;

    public RequiredOpinionSourcesRule(RuleParameters parameters) {
        this.parameters = parameters;
    }

    public Set<OpinionSource> required(SubjectKind kind) {
        return parameters.requiredSourcesFor(kind);
    }

    public Set<OpinionSource> required(SubjectKind kind, boolean outsidePoliticalSystem) {
        Set<OpinionSource> required = required(kind);
        if (!outsidePoliticalSystem || !required.contains(OpinionSource.RESIDENCE_CELL)) {
            return required;
        }
        Set<OpinionSource> less = EnumSet.copyOf(required);
        less.remove(OpinionSource.RESIDENCE_CELL);
        return less;
    }

    public void check(SubjectKind kind, Set<OpinionSource> given) {
        check(kind, false, given);
    }

    public void check(SubjectKind kind, boolean outsidePoliticalSystem, Set<OpinionSource> given) {
        Set<OpinionSource> required = required(kind, outsidePoliticalSystem);
        Set<OpinionSource> missing = required.isEmpty() ? EnumSet.noneOf(OpinionSource.class) : EnumSet.copyOf(required);
        missing.removeAll(given);
        if (!missing.isEmpty()) {
            throw RuleViolation.conflict("OPINION_SOURCES_MISSING", "missing", missing, "required", required);
        }
    }
}
