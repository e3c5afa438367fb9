package vn.reviewledger.query.ops.deadletter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/dead-letters")
@Tag(name = "Administration")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    /** The body of retry and evict: why, for the record. */
    record Reason(String reason) {
    }

    /** The answer of evict. */
    record Evicted(String group, String sequence, boolean evicted) {
    }

    @GetMapping
    @Operation(operationId = "listDeadLetters",
            summary = "Dead-lettered sequences (one per review), of one processing group or of all")
    List<DeadLetterView> list(@RequestParam(required = false) String group) {
        return deadLetters.list(group == null || group.isBlank() ? null : group);
    }

    @PostMapping("/{group}/{reviewId}/retry")
    @Operation(summary = "Process the review's dead-lettered events again; recorded with the reason")
    DeadLetters.RetryOutcome retry(@PathVariable String group, @PathVariable String reviewId,
                                   @RequestBody(required = false) Reason body) {
        return deadLetters.retry(group, reviewId, body == null ? null : body.reason());
    }

    @PostMapping("/{group}/{reviewId}/evict")
    @Operation(summary = "Drop the review's dead-lettered events; recorded with the reason")
    Evicted evict(@PathVariable String group, @PathVariable String reviewId,
                  @RequestBody(required = false) Reason body) {
        deadLetters.evict(group, reviewId, body == null ? null : body.reason());
        return new Evicted(group, reviewId, true);
    }
}
