package vn.reviewledger.platform.security;

/** The four roles of DESIGN.md ("Security"). */
final class Roles {
    static final String ADMIN = "ADMIN";
    static final String OFFICE = "OFFICE";
    static final String SECRETARY = "SECRETARY";
    static final String AUDITOR = "AUDITOR";

    private Roles() {
    }
}
