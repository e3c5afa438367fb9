package vn.reviewledger.kernel.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The self-review forms. Which of them a review must use is the rule set's business: Hướng dẫn
 * 25-HD/BTCTW (2023–2024) has 01 for a collective, 02A for an individual without a leadership post
 * and 02B with one; Hướng dẫn 43-HD/BTCTW (2025 on) has 01, 2A with a leadership or management
 * post, 2B without, and 2C for a party member not working in the political system. The codes are
 * what the forms are called on paper, so a secretary types them as printed.
 */
public enum SelfReviewForm {
    /** Báo cáo kiểm điểm tập thể (both guidances). */
    F01("01"),
    /** Guid. 25: bản kiểm điểm cá nhân — party member without a leadership post. */
    F02A("02A"),
    /** Guid. 25: bản kiểm điểm cá nhân — with a leadership or management post. */
    F02B("02B"),
    /** Guid. 43: cá nhân giữ chức vụ lãnh đạo, quản lý. */
    F2A("2A"),
    /** Guid. 43: đảng viên không giữ chức vụ lãnh đạo, quản lý. */
    F2B("2B"),
    /** Guid. 43: đảng viên không làm việc trong hệ thống chính trị (nghỉ hưu, học tập, doanh nghiệp tư nhân…). */
    F2C("2C");

    private final String code;

    SelfReviewForm(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static SelfReviewForm of(String code) {
        for (SelfReviewForm f : values()) {
            if (f.code.equalsIgnoreCase(code) || f.name().equalsIgnoreCase(code)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown form '" + code + "', expected 01, 02A, 02B (2023–2024) or 2A, 2B, 2C (2025 on)");
    }
}
