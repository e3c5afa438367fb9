package vn.reviewledger.kernel.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The forms of Hướng dẫn 25-HD/BTCTW: 01 for a collective's report, 02A/02B for individuals. */
public enum SelfReviewForm {
    /** Báo cáo kiểm điểm tập thể. */
    F01("01"),
    /** Bản kiểm điểm cá nhân — party member without a leadership post. */
    F02A("02A"),
    /** Bản kiểm điểm cá nhân — with a leadership or management post. */
    F02B("02B");

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
        throw new IllegalArgumentException("unknown form '" + code + "', expected 01, 02A or 02B");
    }
}
