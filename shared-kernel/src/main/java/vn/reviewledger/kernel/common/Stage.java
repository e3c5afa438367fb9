package vn.reviewledger.kernel.common;

import java.util.List;

/**
 * The procedural stages of one review (Quy định 124-QĐ/TW, Art. 8-11; Hướng dẫn 25-HD/BTCTW, Part III).
 * The first eight are the procedure in order; CLOSED ends it; EXEMPTED records a subject who is
 * not reviewed this year, which the regulation requires to be written down rather than skipped.
 * Labels: {@code stage.*} in the messages bundle (platform), the one source of words.
 */
public enum Stage {
    OPENED,
    SELF_REVIEW_SUBMITTED,
    OPINIONS_COLLECTED,
    MEETING_HELD,
    VOTED,
    PROPOSED,
    DECIDED,
    ANNOUNCED,
    CLOSED,
    EXEMPTED;

    /** The stages that carry a due date in a cycle plan, in procedural order. */
    public static final List<Stage> PLANNED = List.of(
            SELF_REVIEW_SUBMITTED, OPINIONS_COLLECTED, MEETING_HELD, VOTED, PROPOSED, DECIDED, ANNOUNCED);

    /** The next stage of the procedure, or null when none follows (announced, closed, exempted). */
    public Stage next() {
        return switch (this) {
            case OPENED -> SELF_REVIEW_SUBMITTED;
            case SELF_REVIEW_SUBMITTED -> OPINIONS_COLLECTED;
            case OPINIONS_COLLECTED -> MEETING_HELD;
            case MEETING_HELD -> VOTED;
            case VOTED -> PROPOSED;
            case PROPOSED -> DECIDED;
            case DECIDED -> ANNOUNCED;
            case ANNOUNCED, CLOSED, EXEMPTED -> null;
        };
    }

    /** True once the review has reached {@code other} on the main line of the procedure. */
    public boolean atLeast(Stage other) {
        return this != EXEMPTED && other != EXEMPTED && ordinal() >= other.ordinal();
    }

    /** True when no further step is owed: the rating is announced, the review closed or exempted. */
    public boolean isFinished() {
        return this == ANNOUNCED || this == CLOSED || this == EXEMPTED;
    }
}
