package vn.reviewledger.command.web;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.reviewledger.command.rules.ParametersRule;
import vn.reviewledger.command.rules.RuleViolation;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.RuleSetId;

/**
 * Turns the {@code ruleParameters} of a cycle's opening — only the figures the office changes, by
 * their names in {@link RuleParameters} — into the whole parameters: the rule set's defaults with
 * those figures replaced. Which figures may change is {@link ParametersRule}'s business.
 */
final class RuleParameterOverrides {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final ParametersRule RULE = new ParametersRule();

    private RuleParameterOverrides() {
    }

    /** Null when nothing is changed: the cycle pins its rule set's defaults. */
    static RuleParameters apply(RuleSetId ruleSet, Map<String, Object> changes, ObjectMapper json) {
        if (changes == null || changes.isEmpty()) {
            return null;
        }
        Map<String, Object> merged = new LinkedHashMap<>(json.convertValue(ruleSet.defaults(), MAP));
        for (Map.Entry<String, Object> e : changes.entrySet()) {
            RULE.checkName(e.getKey(), merged.containsKey(e.getKey()));
            merged.put(e.getKey(), e.getValue());
        }
        RuleParameters parameters;
        try {
            parameters = json.convertValue(merged, RuleParameters.class);
        } catch (IllegalArgumentException ex) {
            throw RuleViolation.invalid("ruleParameters", "PARAMETER_INVALID");
        }
        RULE.check(parameters);
        return parameters;
    }
}
