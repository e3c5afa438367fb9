package vn.reviewledger.command.rules;

import java.util.EnumSet;
import java.util.Set;
import vn.reviewledger.kernel.common.OpinionSource;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.SubjectKind;

/**
 * Hướng dẫn 25-HD/BTCTW, Part III (1): before the meeting, opinions are gathered from the
 * residence party cell (members), the leadership collective and related bodies (cadres) and the
 * superior level. Collection may close only once every source the rule set requires has spoken.
 */
public final class RequiredOpinionSourcesRule {

    private final RuleParameters parameters;

    public RequiredOpinionSourcesRule(RuleParameters parameters) {
        this.parameters = parameters;
    }

    public Set<OpinionSource> required(SubjectKind kind) {
        return parameters.requiredSourcesFor(kind);
    }

    public void check(SubjectKind kind, Set<OpinionSource> given) {
        Set<OpinionSource> required = required(kind);
        Set<OpinionSource> missing = required.isEmpty() ? EnumSet.noneOf(OpinionSource.class) : EnumSet.copyOf(required);
        missing.removeAll(given);
        if (!missing.isEmpty()) {
            throw RuleViolation.conflict("OPINION_SOURCES_MISSING", "missing", missing, "required", EnumSet.copyOf(required));
        }
    }
}
