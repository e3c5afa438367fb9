package vn.reviewledger.command.rules;

/**
 * Hướng dẫn 43-HD/BTCTW §3: a party organization is rated on its subordinate organizations "và
 * toàn bộ đảng viên" — so it is decided after every party member of its subtree is decided (members
 * recorded as not reviewed do not count).
 */
public final class OrganizationAfterMembersRule {

    public void check(String organizationName, int membersUndecided) {
        if (membersUndecided > 0) {
            throw RuleViolation.conflict("ORGANIZATION_AFTER_MEMBERS", "organization", organizationName,
                    "undecided", membersUndecided);
        }
    }
}
