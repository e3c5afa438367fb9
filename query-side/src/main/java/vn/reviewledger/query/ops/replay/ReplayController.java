package vn.reviewledger.query.ops.replay;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/processors/{name}")
@Tag(name = "Administration")
class ReplayController {

    private final Replays replays;

    ReplayController(Replays replays) {
        this.replays = replays;
    }

    /** Optional body: why, for the record. */
    record Reason(String reason) {
    }

    @PostMapping("/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild the processor's read model from the event store; the current model keeps "
            + "serving until the rebuilt one replaces it in one transaction")
    ProcessorStatus replay(@PathVariable String name, @RequestBody(required = false) Reason body) {
        return replays.start(name, body == null || body.reason() == null || body.reason().isBlank() ? null
                : body.reason().strip());
    }

    @GetMapping("/status")
    @Operation(summary = "Position, head and percent of the processor (of its rebuild while one runs)")
    ProcessorStatus status(@PathVariable String name) {
        return replays.status(name);
    }
}
