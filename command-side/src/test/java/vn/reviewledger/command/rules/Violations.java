package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/**
 * How a test says "this was refused, by that rule, naming these values": an AssertJ helper for the
 * rule fixtures and a Hamcrest matcher for Axon's {@code expectException(..)}.
 */
public final class Violations {

    private Violations() {
    }

    /** Runs the call and answers the refusal it raised; fails when it raised none or something else. */
    public static RuleViolation refusal(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected a refusal (RuleViolation)").isInstanceOf(RuleViolation.class);
        return (RuleViolation) thrown;
    }

    /** Matches a refusal by its rule code; add {@link ViolationMatcher#naming} to check the values too. */
    public static ViolationMatcher violates(String rule) {
        return new ViolationMatcher(rule, new LinkedHashMap<>());
    }

    public static final class ViolationMatcher extends TypeSafeDiagnosingMatcher<RuleViolation> {

        private final String rule;
        private final Map<String, Object> values;

        private ViolationMatcher(String rule, Map<String, Object> values) {
            this.rule = rule;
            this.values = values;
        }

        /** The refusal must also carry this value under this name. */
        public ViolationMatcher naming(String name, Object value) {
            Map<String, Object> more = new LinkedHashMap<>(values);
            more.put(name, value);
            return new ViolationMatcher(rule, more);
        }

        @Override
        protected boolean matchesSafely(RuleViolation v, Description mismatch) {
            if (!rule.equals(v.rule())) {
                mismatch.appendText("rule was ").appendValue(v.rule()).appendText(" with ").appendValue(v.args());
                return false;
            }
            for (Map.Entry<String, Object> e : values.entrySet()) {
                if (!v.args().containsKey(e.getKey()) || !Objects.equals(v.args().get(e.getKey()), e.getValue())) {
                    mismatch.appendText(rule + " named ").appendValue(v.args());
                    return false;
                }
            }
            return true;
        }

        @Override
        public void describeTo(Description description) {
            description.appendText("a RuleViolation ").appendValue(rule);
            if (!values.isEmpty()) {
                description.appendText(" naming ").appendValue(values);
            }
        }
    }
}
