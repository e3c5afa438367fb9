package vn.reviewledger.kernel.common;

/** Who is reviewed (Quy định 124-QĐ/TW, Art. 2). Labels: {@code kind.*} in the messages bundle. */
public enum SubjectKind {
    PARTY_MEMBER(false),
    LEADERSHIP_CADRE(false),
    PARTY_ORGANIZATION(true),
    LEADERSHIP_COLLECTIVE(true);

    private final boolean collective;

    SubjectKind(boolean collective) {
        this.collective = collective;
    }

    public boolean isCollective() {
        return collective;
    }
}
