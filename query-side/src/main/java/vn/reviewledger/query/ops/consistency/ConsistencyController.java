package vn.reviewledger.query.ops.consistency;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An operator's check that the read models still equal the event store (administrators only, by path). */
@RestController
@RequestMapping("/api/admin/consistency")
@Tag(name = "Administration", description = "Operator checks of the stored data")
class ConsistencyController {

    static final String EXAMPLE = """
            {"checkedAt": "2026-11-28T07:00:00Z", "reviews": 2, "events": 14,
             "models": ["review_summary", "review_event_log", "review_task", "progress_review", "unit_progress"],
             "differenceCount": 1,
             "differences": [{"model": "review_summary", "key": "5d1c6f0e-5f0b-3a52-9a57-2a4f0f2a8b11",
                              "field": "stage", "expected": "VOTED", "actual": "MEETING_HELD"}]}""";

    private final ConsistencyCheck check;

    ConsistencyController(ConsistencyCheck check) {
        this.check = check;
    }

    @GetMapping
    @Operation(summary = "Compares every review read model with a replay of the event store",
            description = "Folds every event of the store into the values the read models hold (review summary, "
                    + "history, tasks, progress per review and the progress counters per unit) and lists each "
                    + "value that differs. Reads the whole store: an operator's check, not for frequent polling. "
                    + "Ask when the event processors have caught up; under load a difference may be lag. "
                    + "Deadline statuses (overdue, due soon) depend on the day asked and are not compared; "
                    + "the due dates they come from are.")
    @ApiResponse(responseCode = "200", description = "The differences found, if any",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ConsistencyCheck.Report.class),
                    examples = @ExampleObject(value = EXAMPLE)))
    @ApiResponse(responseCode = "403", description = "Not an administrator",
            content = @Content(mediaType = "application/problem+json"))
    ConsistencyCheck.Report consistency() {
        return check.run();
    }
}
