package vn.reviewledger.kernel.common;

/** Who is reviewed (Quy định 124-QĐ/TW, Art. 2). */
public enum SubjectKind {
    PARTY_MEMBER("Đảng viên", "Party member", false),
    LEADERSHIP_CADRE("Cán bộ lãnh đạo, quản lý", "Leadership cadre", false),
    PARTY_ORGANIZATION("Tổ chức đảng", "Party organization", true),
    LEADERSHIP_COLLECTIVE("Tập thể lãnh đạo, quản lý", "Leadership collective", true);

    private final String vi;
    private final String en;
    private final boolean collective;

    SubjectKind(String vi, String en, boolean collective) {
        this.vi = vi;
        this.en = en;
        this.collective = collective;
    }

    public String label(boolean english) {
        return english ? en : vi;
    }

    public boolean isCollective() {
        return collective;
    }
}
