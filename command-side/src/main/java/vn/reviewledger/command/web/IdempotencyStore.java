package vn.reviewledger.command.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.reviewledger.command.config.CommandProperties;

/** The table {@code idempotency_record}: one row per (user, key), claimed first, then completed. */
@Component
class IdempotencyStore {

    record Stored(String fingerprint, Integer status, String contentType, byte[] body, String etag, String location) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CommandProperties properties;

    IdempotencyStore(JdbcTemplate jdbc, Clock clock, CommandProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** True when this call claimed the key; false when it was already there. */
    boolean claim(String principal, String key, String fingerprint) {
        try {
            jdbc.update("insert into idempotency_record (principal, idem_key, fingerprint, created_at) values (?, ?, ?, ?)",
                    principal, key, fingerprint, Timestamp.from(Instant.now(clock)));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    Optional<Stored> find(String principal, String key) {
        return jdbc.query("select fingerprint, status, content_type, body, etag, location from idempotency_record "
                        + "where principal = ? and idem_key = ?",
                (rs, i) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getBytes(4),
                        rs.getString(5), rs.getString(6)),
                principal, key).stream().findFirst();
    }

    void complete(String principal, String key, int status, String contentType, byte[] body, String etag,
                  String location) {
        jdbc.update("update idempotency_record set status = ?, content_type = ?, body = ?, etag = ?, location = ? "
                + "where principal = ? and idem_key = ?", status, contentType, body, etag, location, principal, key);
    }

    void release(String principal, String key) {
        jdbc.update("delete from idempotency_record where principal = ? and idem_key = ?", principal, key);
    }

    /** Stored answers are a retry aid, not a record: the events are the record. Old ones go. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void expire() {
        jdbc.update("delete from idempotency_record where created_at < ?",
                Timestamp.from(Instant.now(clock).minus(properties.idempotencyKeyTtl())));
    }
}
