package vn.reviewledger.query.replay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Replays of read models ({@code reviewledger.query.replay.*}).
 *
 * @param batchSize events applied between two flushes of the rebuild to the database (uncommitted,
 *                  so invisible to readers); bounds the memory a rebuild holds
 */
@ConfigurationProperties("reviewledger.query.replay")
public record ReplayProperties(@DefaultValue("200") int batchSize) {
}
