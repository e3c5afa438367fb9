package vn.reviewledger.command.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import vn.reviewledger.kernel.common.Rating;

/**
 * Bodies of the command API's success answers (API.md), as records so that the OpenAPI description
 * gives each its fields and a generated client a type. The field order is the wire order.
 */
final class Answers {

    private Answers() {
    }

    @Schema(description = "The step was recorded; version goes into If-Match of the next step (also the ETag)")
    record StepRecorded(String reviewId, long version) {
    }

    @Schema(description = "The vote was counted; a revote is required when no outcome reached the majority")
    record VoteCounted(String reviewId, Rating outcome, boolean revoteRequired, int round, long version) {
    }

    @Schema(description = "The complaint was lodged; complaintId names it in its resolution")
    record ComplaintLodged(String reviewId, String complaintId, long version) {
    }

    @Schema(description = "The review was opened; its id follows from cycle, unit, kind and subject")
    record ReviewOpened(String reviewId) {
    }

    @Schema(description = "The cycle was opened")
    record CycleOpened(String cycleId) {
    }

    @Schema(description = "Every entry of the quota group was decided, all or nothing")
    record GroupDecided(String cycleId, String quotaGroupId, int decided) {
    }

    @Schema(description = "What an import did: reviews created, already there, and lines refused")
    record ImportReport(int created, int existing, List<ImportRejection> rejected) {
    }

    @Schema(description = "A refused row of an import, by row number, rule, column (when one is at fault) and reason")
    record ImportRejection(int line, String rule, String column, String reason) {
    }
}
