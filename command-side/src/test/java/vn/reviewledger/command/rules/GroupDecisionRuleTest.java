package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.util.List;
import org.junit.jupiter.api.Test;

/** DESIGN.md stage 6: a quota group's decision, all or nothing, over reviews of that group, each once. */
class GroupDecisionRuleTest {

    private final GroupDecisionRule rule = new GroupDecisionRule();

    @Test
    void aListOfDistinctReviews_isAccepted() {
        assertThatNoException().isThrownBy(() -> rule.checkEntries(List.of("r-1", "r-2")));
    }

    @Test
    void anEmptyList_orAReviewNamedTwice_isBadInput() {
        assertThat(refusal(() -> rule.checkEntries(List.of())).rule()).isEqualTo("BATCH_EMPTY");
        RuleViolation twice = refusal(() -> rule.checkEntries(List.of("r-1", "r-2", "r-1")));
        assertThat(twice.rule()).isEqualTo("BATCH_DUPLICATE");
        assertThat(twice.args()).containsEntry("reviewId", "r-1");
        assertThat(twice.field()).isEqualTo("entries");
    }

    @Test
    void aReviewOfAnotherGroupOrCycle_isRefused() {
        assertThatNoException().isThrownBy(() -> rule.checkMember("r-1", "c", "g", "c", "g"));
        assertThat(refusal(() -> rule.checkMember("r-1", "c", "g", "c", "unit:cb-1")).args())
                .containsEntry("actual", "unit:cb-1");
        assertThat(refusal(() -> rule.checkMember("r-1", "c", "g", "c-2023", "g")).rule()).isEqualTo("QUOTA_GROUP_MISMATCH");
    }
}
