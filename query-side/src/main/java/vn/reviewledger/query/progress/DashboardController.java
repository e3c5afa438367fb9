package vn.reviewledger.query.progress;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import vn.reviewledger.kernel.cycle.CycleQueries.CycleView;
import vn.reviewledger.kernel.cycle.CycleQueries.FindCycle;
import vn.reviewledger.kernel.progress.ProgressQueries.CycleChange;
import vn.reviewledger.kernel.progress.ProgressQueries.DashboardView;
import vn.reviewledger.kernel.progress.ProgressQueries.FindDashboard;
import vn.reviewledger.kernel.progress.ProgressQueries.WatchCycle;
import vn.reviewledger.query.access.ApiExamples;
import vn.reviewledger.query.access.NotFound;
import vn.reviewledger.query.access.OpenStreams;
import vn.reviewledger.query.access.ReadScope;

/** A unit's dashboard, now or as of an instant, and the live stream of a cycle's changes. */
@RestController
@RequestMapping("/api/cycles")
@Tag(name = "Reads: cycles and progress", description = "Cycles, dashboards per unit, the live stream of changes")
class DashboardController {

    /** Enough for a burst of changes (an import, a group decision) without dropping the subscriber. */
    private static final int UPDATE_BUFFER = 8192;
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(20);

    private final QueryGateway queries;
    private final OpenStreams streams;
    private final ReadScope scope;

    DashboardController(QueryGateway queries, OpenStreams streams, ReadScope scope) {
        this.queries = queries;
        this.streams = streams;
        this.scope = scope;
    }

    @GetMapping("/{cycleId}/dashboard")
    @Operation(summary = "Progress of a unit and its children",
            description = "Counts include the unit's whole subtree. Overdue and due soon are judged today on the "
                    + "working-day calendar. Without unitId: the cycle's root.")
    @ApiResponse(responseCode = "200", description = "The dashboard",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DashboardView.class),
                    examples = @ExampleObject(value = ApiExamples.DASHBOARD)))
    DashboardView dashboard(@PathVariable String cycleId,
                            @Parameter(example = "dbk") @RequestParam(required = false) String unitId,
                            @Parameter(description = "the dashboard as it stood at this instant (UTC, ISO-8601); "
                                    + "rebuilt from the event store, so slower than the live one",
                                    example = "2023-12-15T10:00:00Z") @RequestParam(required = false) Instant asOf) {
        String unit = startingAt(cycleId, unitId);
        return queries.query(new FindDashboard(cycleId, unit, asOf),
                        ResponseTypes.optionalInstanceOf(DashboardView.class))
                .join().orElseThrow(() -> new NotFound(unit == null ? cycleId : unit));
    }

    /**
     * The unit a dashboard or stream shows: the one asked for, if the user's scope reaches it (else
     * 403); without one, the root for those who read everything, the user's highest unit otherwise.
     */
    private String startingAt(String cycleId, String unitId) {
        if (unitId == null || unitId.isBlank()) {
            return scope.startUnit(cycleId);
        }
        scope.requireUnit(cycleId, unitId);
        return unitId;
    }

    /**
     * Server-sent events fed by an Axon subscription query: first the root dashboard, then one
     * {@code review-changed} event per change; a comment every 20 s keeps proxies from closing the line.
     */
    @GetMapping(path = "/{cycleId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live changes of a cycle (text/event-stream)",
            description = "Event 'dashboard' with the dashboard of the unit (default: the root, or the user's own "
                    + "unit), then 'review-changed' per change within that unit's subtree. A unit outside the "
                    + "user's scope is 403.")
    @ApiResponse(responseCode = "200", description = "Server-sent events, until the client disconnects",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string"),
                    examples = @ExampleObject(value = ApiExamples.STREAM)))
    Flux<ServerSentEvent<Object>> stream(@PathVariable String cycleId,
                                         @Parameter(description = "the unit whose subtree to watch; default: the "
                                                 + "root, or the user's own unit for a scoped user", example = "dbk")
                                         @RequestParam(required = false) String unitId) {
        requireCycle(cycleId);
        String unit = startingAt(cycleId, unitId);
        // Decided now, on the request's thread: updates arrive on others, without the user's context.
        Set<String> watched = unit == null ? null : scope.subtree(cycleId, unit);
        SubscriptionQueryResult<DashboardView, CycleChange> result = queries.subscriptionQuery(WatchCycle.class.getName(), new WatchCycle(cycleId),
                ResponseTypes.instanceOf(DashboardView.class), ResponseTypes.instanceOf(CycleChange.class),
                UPDATE_BUFFER);
        Flux<DashboardView> first = result.initialResult().flux();
        if (unit != null) {
            // Asked after subscribing, so no change falls between this dashboard and the updates.
            DashboardView ofUnit = queries.query(new FindDashboard(cycleId, unit),
                    ResponseTypes.optionalInstanceOf(DashboardView.class)).join().orElse(null);
            if (ofUnit == null) {
                result.cancel();
                throw new NotFound(unit);
            }
            first = Flux.just(ofUnit);
        }
        Flux<ServerSentEvent<Object>> initial = first
                .map(d -> ServerSentEvent.<Object>builder(d).event("dashboard").build());
        Flux<ServerSentEvent<Object>> updates = result.updates()
                .filter(c -> watched == null || watched.contains(c.unitId()))
                .map(c -> ServerSentEvent.<Object>builder(c).event("review-changed")
                        .id(c.reviewId() + "/" + c.version()).build());
        Flux<ServerSentEvent<Object>> keepAlive = Flux.interval(KEEP_ALIVE)
                .map(i -> ServerSentEvent.<Object>builder().comment("keep-alive").build());
        return streams.untilShutdown(Flux.concat(initial, Flux.merge(updates, keepAlive)))
                .doFinally(signal -> result.cancel());
    }

    /** An unknown cycle is 404 before the stream opens; one outside the user's scope 403. */
    private void requireCycle(String cycleId) {
        queries.query(new FindCycle(cycleId), ResponseTypes.optionalInstanceOf(CycleView.class))
                .join().orElseThrow(() -> new NotFound(cycleId));
        scope.requireCycle(cycleId);
    }
}
