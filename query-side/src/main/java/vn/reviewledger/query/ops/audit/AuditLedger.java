package vn.reviewledger.query.ops.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.audit.AuditBundle;
import vn.reviewledger.kernel.audit.CanonicalJson;
import vn.reviewledger.kernel.audit.ChainedEvent;
import vn.reviewledger.kernel.audit.EventHashes;
import vn.reviewledger.kernel.review.ReviewQueries.FindReviewIdsOfCycle;
import vn.reviewledger.query.access.NotFound;
import vn.reviewledger.query.access.Viewer;

/**
 * The query side's half of tamper evidence: it only reads the stored events, recomputes their chain
 * and packs them for auditors; the hashes were computed on the command side when the events were
 * stored ({@code command.audit.HashChain}), with the kernel's canonical form both sides share.
 */
@Component
class AuditLedger {

    private final StoredEvents stored;
    private final BundleSigner signer;
    private final QueryGateway queries;
    private final Clock clock;

    AuditLedger(StoredEvents stored, BundleSigner signer, QueryGateway queries, Clock clock) {
        this.stored = stored;
        this.signer = signer;
        this.queries = queries;
        this.clock = clock;
    }

    /** The answer of GET …/verify: valid with the number of events, or the first event that does not match. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Verification(boolean valid, Integer events, Long firstMismatch, String problem) {
    }

    Verification verify(String aggregateId) {
        List<ChainedEvent> events = stored.of(aggregateId);
        if (events.isEmpty()) {
            throw new NotFound(aggregateId);
        }
        EventHashes.ChainCheck check = EventHashes.check(events);
        return check.valid() ? new Verification(true, check.events(), null, null)
                : new Verification(false, null, check.firstMismatch(), check.problem());
    }

    byte[] reviewBundle(String reviewId) {
        List<ChainedEvent> events = stored.of(reviewId);
        if (events.isEmpty()) {
            throw new NotFound(reviewId);
        }
        return bundle("review", reviewId, List.of(events));
    }

    /** The cycle's own events, then each of its reviews' events, in review id order. */
    byte[] cycleBundle(String cycleId) {
        List<ChainedEvent> cycle = stored.of(cycleId);
        if (cycle.isEmpty()) {
            throw new NotFound(cycleId);
        }
        List<List<ChainedEvent>> chains = new ArrayList<>();
        chains.add(cycle);
        List<String> reviews = queries.query(new FindReviewIdsOfCycle(cycleId),
                ResponseTypes.multipleInstancesOf(String.class)).join();
        for (String reviewId : reviews) {
            chains.add(stored.of(reviewId));
        }
        return bundle("cycle", cycleId, chains);
    }

    byte[] publicKeyPem() {
        return signer.publicKeyPem().getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] bundle(String scope, String id, List<List<ChainedEvent>> chains) {
        int count = chains.stream().mapToInt(List::size).sum();
        ObjectNode header = CanonicalJson.object();
        header.put("format", AuditBundle.FORMAT);
        header.put("scope", scope);
        header.put("id", id);
        header.put("exportedAt", clock.instant().toString());
        header.put("exportedBy", Viewer.current().username());
        header.put("aggregates", chains.size());
        header.put("events", count);
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        line(lines, CanonicalJson.write(header));
        chains.forEach(chain -> chain.forEach(e -> line(lines, CanonicalJson.write(e.toJson()))));
        return signer.bundle(lines.toByteArray());
    }

    private static void line(ByteArrayOutputStream out, String json) {
        out.writeBytes(json.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }
}
