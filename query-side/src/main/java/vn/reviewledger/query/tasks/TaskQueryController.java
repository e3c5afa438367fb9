package vn.reviewledger.query.tasks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.reviewledger.kernel.tasks.TaskQueries.TaskView;
import vn.reviewledger.query.access.ApiExamples;
import vn.reviewledger.query.access.BadRequest;
import vn.reviewledger.query.access.Viewer;

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Reads: tasks", description = "The open steps of the signed-in user")
class TaskQueryController {

    private final QueryGateway queries;

    TaskQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping
    @Operation(summary = "The signed-in user's open steps, most urgent first",
            description = "A secretary sees the reviews of their units and below, an office user those of their "
                    + "subtree, an administrator all, an auditor none. task is STEP (the next stage, nextStage) or "
                    + "RERATE: a later discipline names a fault of the review's year (Regulation 124 Art. 12 "
                    + "§4.5), so the competent level re-rates it; shown to office users and administrators until "
                    + "a reclassification answers it (no nextStage, no due date).")
    @ApiResponse(responseCode = "200", description = "The open steps",
            content = @Content(mediaType = "application/json",
                    array = @ArraySchema(schema = @Schema(implementation = TaskView.class)),
                    examples = @ExampleObject(value = ApiExamples.TASKS)))
    List<TaskView> tasks(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "200") int size) {
        BadRequest.checkPage(page, size, 1000);
        return queries.query(Viewer.current().tasks(page, size), ResponseTypes.multipleInstancesOf(TaskView.class))
                .join();
    }
}
