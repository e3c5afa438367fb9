package vn.reviewledger.kernel.common;

/** Who gives an opinion on a review before its meeting. */
public enum OpinionSource {
    RESIDENCE_CELL("Chi ủy nơi cư trú", "Residence party cell"),
    LEADERSHIP_COLLECTIVE("Tập thể lãnh đạo", "Leadership collective"),
    RELATED_BODY("Cơ quan, tổ chức liên quan", "Related body"),
    SUPERIOR("Cấp trên", "Superior level"),
    OTHER("Khác", "Other");

    private final String vi;
    private final String en;

    OpinionSource(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    public String label(boolean english) {
        return english ? en : vi;
    }
}
