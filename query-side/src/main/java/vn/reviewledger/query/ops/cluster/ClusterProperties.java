package vn.reviewledger.query.ops.cluster;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How query nodes on one database share the projections' segments ({@code reviewledger.query.cluster.*}).
 *
 * @param heartbeatInterval how often a node says it is alive and looks at the balance
 * @param nodeTimeout       a node not heard from for this long counts as gone; keep it under
 *                          {@code axon.eventhandling.tokenstore.claim-timeout}, so a killed node is
 *                          forgotten before its segments are taken over
 * @param releaseFor        how long a node leaves a segment it handed over for another node to claim;
 *                          longer than the processors' token claim interval, so the other node's
 *                          next claim attempt finds it free
 */
@ConfigurationProperties("reviewledger.query.cluster")
public record ClusterProperties(
        @DefaultValue("1s") Duration heartbeatInterval,
        @DefaultValue("5s") Duration nodeTimeout,
        @DefaultValue("10s") Duration releaseFor) {
}
