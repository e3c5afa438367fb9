package vn.reviewledger.kernel.common;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Identifiers derived from what makes a thing unique. "One cycle per organization and year" and
 * "one review per subject per cycle per place of review" then hold by the event store's own unique
 * key on (aggregate id, sequence): a second opening of the same thing is a conflict, even when two
 * nodes race, and a repeated import creates nothing twice.
 */
public final class Ids {

    private Ids() {
    }

    public static String cycleId(String organizationId, int year) {
        return nameBased("cycle", organizationId, Integer.toString(year));
    }

    public static String reviewId(String cycleId, String unitId, SubjectKind kind, String subjectId) {
        return nameBased("review", cycleId, unitId, kind.name(), subjectId);
    }

    private static String nameBased(String... parts) {
        // The unit separator cannot appear in ids typed by a person, so parts never run together.
        String joined = String.join("\u001f", parts);
        return UUID.nameUUIDFromBytes(joined.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
