package vn.reviewledger.command.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Typed configuration of the command side ({@code reviewledger.command.*}).
 *
 * @param snapshotThreshold   a review is snapshotted every this many events
 * @param cycleSnapshotThreshold a cycle is snapshotted every this many events: rarely, since its
 *                            snapshot holds the whole unit tree and every review it tracks, is taken
 *                            while the cycle is locked, and the cycle stays cached in between
 * @param reviewCacheSize     reviews kept loaded between commands (least recently used go first), each
 *                            checked against the store's last sequence number on use; 0 for none
 * @param readModelWait       how long {@code ?wait=true} waits for the read models at most
 * @param idempotencyKeyTtl   how long a stored answer to an {@code Idempotency-Key} is kept
 * @param idempotencyClaimTimeout a key claimed this long ago and still without an answer is taken
 *                            to be abandoned (its process died): a retry may take it over. Longer
 *                            than any single command takes, short enough for a client's retries
 */
@ConfigurationProperties("reviewledger.command")
public record CommandProperties(
        @DefaultValue("50") int snapshotThreshold,
        @DefaultValue("1000") int cycleSnapshotThreshold,
        @DefaultValue("2000") int reviewCacheSize,
        @DefaultValue("10s") Duration readModelWait,
        @DefaultValue("7d") Duration idempotencyKeyTtl,
        @DefaultValue("30s") Duration idempotencyClaimTimeout) {
}
