package vn.reviewledger.command.rules;

import vn.reviewledger.kernel.common.SubjectKind;

/**
 * What the cycle knows, at a decision, of a collective's members and subordinate units in the year.
 *
 * @param disciplinedMembers          individuals of its subtree disciplined in a way it answers for
 * @param disciplinedLeaders          of those, the leadership cadres reviewed at its own unit
 * @param subordinateUnits            units directly under its unit
 * @param disciplinedSubordinateUnits of those, units whose own collective was disciplined
 * @param firstDisciplinedReviewId    one of the disciplined reviews, to name in a refusal
 */
public record CollectiveFacts(SubjectKind kind, int disciplinedMembers, int disciplinedLeaders, int subordinateUnits,
                              int disciplinedSubordinateUnits, String firstDisciplinedReviewId) {
}
