package vn.reviewledger.query.ops.cluster;

import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Shares each projection's segments fairly between the query nodes on one database.
 *
 * <p>Without Axon Server nothing balances pooled processors: the first node to start claims every
 * segment and a second node idles until the first dies (AXON-NOTES.md, "Processors"). So every node
 * writes a heartbeat to {@code processor_node}, and a node that holds more than its fair share
 * ({@code ceil(segments / live nodes)}) while a live node holds less releases the excess for a while;
 * the other node claims it on its next attempt. Taking over from a dead node needs nothing from here:
 * its claims in {@code token_entry} expire after the claim timeout and the survivors claim them.
 * Handing a segment over is safe at any time because the projections are idempotent.
 *
 * <p>Node ids are the ones Axon's token store writes as owner ({@code pid@host}), and heartbeat
 * times are the database's clock, so nodes with skewed clocks still agree.
 */
@Component
@EnableConfigurationProperties(ClusterProperties.class)
class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final ClusterProperties properties;
    private final String nodeId = ManagementFactory.getRuntimeMXBean().getName();

    SegmentBalancer(EventProcessingConfiguration processing, JdbcTemplate jdbc, ClusterProperties properties) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${reviewledger.query.cluster.heartbeat-interval:1s}",
            initialDelayString = "${reviewledger.query.cluster.heartbeat-interval:1s}")
    void heartbeatAndBalance() {
        try {
            beat();
            List<String> live = liveNodes();
            if (live.size() < 2) {
                return;
            }
            for (EventProcessor p : processing.eventProcessors().values()) {
                if (p instanceof StreamingEventProcessor sp && sp.isRunning()) {
                    balance(sp, live);
                }
            }
        } catch (RuntimeException e) {
            // A failed round (database briefly away) only delays balancing; the next round retries.
            log.warn("Segment balancing skipped this round: {}", e.toString());
        }
    }

    private void beat() {
        if (jdbc.update("update processor_node set last_seen = current_timestamp where node_id = ?", nodeId) == 0) {
            try {
                jdbc.update("insert into processor_node (node_id, last_seen) values (?, current_timestamp)", nodeId);
            } catch (DuplicateKeyException raced) {
                jdbc.update("update processor_node set last_seen = current_timestamp where node_id = ?", nodeId);
            }
        }
    }

    /** Nodes heard from within the node timeout, this one included, judged by the database's clock. */
    List<String> liveNodes() {
        List<String> live = new ArrayList<>();
        jdbc.query("select node_id, last_seen, current_timestamp from processor_node", rs -> {
            Timestamp seen = rs.getTimestamp(2);
            Timestamp now = rs.getTimestamp(3);
            if (Duration.between(seen.toInstant(), now.toInstant()).compareTo(properties.nodeTimeout()) <= 0) {
                live.add(rs.getString(1));
            }
        });
        if (!live.contains(nodeId)) {
            live.add(nodeId);
        }
        return live;
    }

    private void balance(StreamingEventProcessor processor, List<String> live) {
        Map<String, Integer> held = new HashMap<>();
        int[] total = {0};
        jdbc.query("select owner, count(*) from token_entry where processor_name = ? group by owner", rs -> {
            total[0] += rs.getInt(2);
            if (rs.getString(1) != null) {
                held.put(rs.getString(1), rs.getInt(2));
            }
        }, processor.getName());
        int share = (total[0] + live.size() - 1) / live.size();
        List<Integer> mine = new ArrayList<>(processor.processingStatus().keySet());
        int excess = mine.size() - share;
        boolean anotherHasTooFew = live.stream()
                .anyMatch(node -> !node.equals(nodeId) && held.getOrDefault(node, 0) < share);
        if (excess <= 0 || !anotherHasTooFew) {
            return;
        }
        mine.sort(null);
        for (Integer segment : mine.subList(mine.size() - excess, mine.size())) {
            log.info("Handing segment {} of {} over to another node ({} live nodes, fair share {})", segment,
                    processor.getName(), live.size(), share);
            processor.releaseSegment(segment, properties.releaseFor().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** A node that stops cleanly says so at once; a killed one is forgotten after the node timeout. */
    @PreDestroy
    void leave() {
        try {
            jdbc.update("delete from processor_node where node_id = ?", nodeId);
        } catch (RuntimeException e) {
            log.debug("Could not remove this node's heartbeat: {}", e.toString());
        }
    }
}
