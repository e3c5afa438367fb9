package vn.reviewledger.kernel.common;

import java.util.List;

/**
 * The procedural stages of one review (Quy định 124-QĐ/TW, Art. 8-11; Hướng dẫn 25-HD/BTCTW, Part III).
 * The first eight are the procedure in order; CLOSED ends it; EXEMPTED records a subject who is
 * not reviewed this year, which the regulation requires to be written down rather than skipped.
 */
public enum Stage {
    OPENED("Đã mở", "Opened"),
    SELF_REVIEW_SUBMITTED("Đã nộp bản tự kiểm điểm", "Self-review submitted"),
    OPINIONS_COLLECTED("Đã xin ý kiến", "Opinions collected"),
    MEETING_HELD("Đã họp kiểm điểm", "Review meeting held"),
    VOTED("Đã biểu quyết", "Voted"),
    PROPOSED("Đã đề xuất xếp loại", "Rating proposed"),
    DECIDED("Đã quyết định xếp loại", "Rating decided"),
    ANNOUNCED("Đã thông báo kết quả", "Result announced"),
    CLOSED("Đã kết thúc", "Closed"),
    EXEMPTED("Không kiểm điểm", "Not reviewed");

    /** The stages that carry a due date in a cycle plan, in procedural order. */
    public static final List<Stage> PLANNED = List.of(
            SELF_REVIEW_SUBMITTED, OPINIONS_COLLECTED, MEETING_HELD, VOTED, PROPOSED, DECIDED, ANNOUNCED);

    private final String vi;
    private final String en;

    Stage(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String label(boolean english) {
        return english ? en : vi;
    }

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
