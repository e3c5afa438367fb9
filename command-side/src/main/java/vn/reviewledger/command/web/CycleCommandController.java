package vn.reviewledger.command.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.reviewledger.command.web.Answers.CycleOpened;
import vn.reviewledger.command.web.Requests.OpenCycleRequest;
import vn.reviewledger.kernel.common.Ids;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.cycle.CycleCommands.OpenCycle;

/** Opens a year's review cycle. Only translates HTTP into a command. */
@RestController
@RequestMapping("/api/cycles")
@Tag(name = "Commands: cycles", description = "Opening a cycle and the reviews in it")
class CycleCommandController {

    private final CommandSender sender;
    private final Clock clock;
    private final ObjectMapper json;

    CycleCommandController(CommandSender sender, Clock clock, ObjectMapper json) {
        this.sender = sender;
        this.clock = clock;
        this.json = json;
    }

    @PostMapping
    @Operation(operationId = "openCycle", summary = "Open a year's review cycle: units, plan and quota groups")
    @ApiResponse(responseCode = "201", description = "Opened; Location names the cycle", useReturnTypeSchema = true)
    ResponseEntity<CycleOpened> open(@Valid @RequestBody OpenCycleRequest body,
                                     @RequestParam(defaultValue = "false") boolean wait,
                                     HttpServletRequest request) {
        String cycleId = Ids.cycleId(body.organizationId(), body.year());
        LocalDate opensOn = body.opensOn() != null ? body.opensOn() : LocalDate.now(clock);
        RuleSetId ruleSet = body.ruleSet() != null ? body.ruleSet() : RuleSetId.forYear(body.year());
        RuleParameters parameters = RuleParameterOverrides.apply(ruleSet, body.ruleParameters(), json);
        sender.send(new OpenCycle(cycleId, body.organizationId(), body.organizationName(), body.year(),
                body.ruleSet(), parameters, body.units(), body.plan(), body.levelPlans(), body.quotaGroups(), opensOn),
                request, null, wait);
        return ResponseEntity.created(URI.create("/api/cycles/" + cycleId)).body(new CycleOpened(cycleId));
    }
}
