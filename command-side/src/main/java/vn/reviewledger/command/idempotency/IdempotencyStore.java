package vn.reviewledger.command.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.reviewledger.command.config.CommandProperties;

/**
 * The table {@code idempotency_record}: one row per (user, key), claimed first, then completed.
 *
 * <p>Every claim carries a fresh token, and every later write names it. A claim whose process died
 * (older than {@code idempotency-claim-timeout}, no answer) may be taken over by a retry, which
 * changes the token: from then on the old request can neither mark the key applied (its command
 * rolls back), nor complete nor release it. So at most one claim's command is ever applied.
 */
@Component
class IdempotencyStore {

    /** The key a request holds while its command runs. */
    record Claim(String principal, String key, String token) {
    }

    record Stored(String fingerprint, Integer status, String contentType, byte[] body, String etag, String location,
                  boolean applied, String appliedResult, String token, Instant createdAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CommandProperties properties;

    IdempotencyStore(JdbcTemplate jdbc, Clock clock, CommandProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** The claim when this call claimed the key; empty when it was already there. */
    Optional<Claim> claim(String principal, String key, String fingerprint) {
        Claim claim = new Claim(principal, key, UUID.randomUUID().toString());
        try {
            jdbc.update("insert into idempotency_record (principal, idem_key, fingerprint, claim_token, created_at) "
                            + "values (?, ?, ?, ?, ?)",
                    principal, key, fingerprint, claim.token(), Timestamp.from(Instant.now(clock)));
            return Optional.of(claim);
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
    }

    Optional<Stored> find(String principal, String key) {
        return jdbc.query("select fingerprint, status, content_type, body, etag, location, applied, applied_result, "
                        + "claim_token, created_at from idempotency_record where principal = ? and idem_key = ?",
                (rs, i) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getBytes(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getString(9),
                        rs.getTimestamp(10).toInstant()),
                principal, key).stream().findFirst();
    }

    /** Claims older than this without an answer were left by a process that died. */
    Instant abandonedBefore() {
        return Instant.now(clock).minus(properties.idempotencyClaimTimeout());
    }

    /**
     * Takes over an abandoned claim whose command did not commit. Conditional on the token seen, so of
     * two racing retries only one gets it; empty for the other, or when the command committed meanwhile.
     */
    Optional<Claim> takeOver(String principal, String key, String abandonedToken) {
        Claim claim = new Claim(principal, key, UUID.randomUUID().toString());
        int taken = jdbc.update("update idempotency_record set claim_token = ?, created_at = ? "
                        + "where principal = ? and idem_key = ? and claim_token = ? and status is null "
                        + "and applied = false and created_at < ?",
                claim.token(), Timestamp.from(Instant.now(clock)), principal, key, abandonedToken,
                Timestamp.from(abandonedBefore()));
        return taken == 1 ? Optional.of(claim) : Optional.empty();
    }

    /**
     * Marks the key applied; called by {@link AppliedKeyInterceptor} inside the transaction that stores
     * the command's events, so both are kept or neither. Refuses (and so rolls the command back) when
     * the claim is no longer this request's: a retry has taken it over and runs the command itself.
     */
    void markApplied(Claim claim, String result) {
        int marked = jdbc.update("update idempotency_record set applied = true, applied_result = ? "
                        + "where principal = ? and idem_key = ? and claim_token = ? and status is null",
                result, claim.principal(), claim.key(), claim.token());
        if (marked != 1) {
            throw new IllegalStateException("Idempotency-Key " + claim.key()
                    + " was taken over by a retry; this run is rolled back so the command is applied once");
        }
    }

    /** Stores the answer of the claim's request; a no-op when the claim was taken over meanwhile. */
    boolean complete(Claim claim, int status, String contentType, byte[] body, String etag, String location) {
        return jdbc.update("update idempotency_record set status = ?, content_type = ?, body = ?, etag = ?, location = ? "
                        + "where principal = ? and idem_key = ? and claim_token = ?",
                status, contentType, body, etag, location, claim.principal(), claim.key(), claim.token()) == 1;
    }

    /** Frees the key for a retry (the command did not run); a no-op when the claim was taken over. */
    void release(Claim claim) {
        jdbc.update("delete from idempotency_record where principal = ? and idem_key = ? and claim_token = ?",
                claim.principal(), claim.key(), claim.token());
    }

    /** Stored answers are a retry aid, not a record: the events are the record. Old ones go. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void expire() {
        jdbc.update("delete from idempotency_record where created_at < ?",
                Timestamp.from(Instant.now(clock).minus(properties.idempotencyKeyTtl())));
    }
}
