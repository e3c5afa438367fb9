package vn.reviewledger.query.ops.replay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Replays of read models ({@code reviewledger.query.replay.*}).
 *
 * @param batchSize events applied in one unit of work between two flushes of the rebuild to the
 *                  database (uncommitted, so invisible to readers), written as JDBC batches of this
 *                  size; bounds the memory a rebuild holds
 */
@ConfigurationProperties("reviewledger.query.replay")
public record ReplayProperties(@DefaultValue("1000") int batchSize) {
}
