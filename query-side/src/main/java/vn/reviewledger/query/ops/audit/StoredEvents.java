package vn.reviewledger.query.ops.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.audit.CanonicalJson;
import vn.reviewledger.kernel.audit.ChainedEvent;

/**
 * An aggregate's events exactly as the JPA event store keeps them: the rows of
 * {@code domain_event_entry}, payload and metadata bytes untouched by upcasters or deserializers,
 * because tamper evidence is about what is stored. (Under the axonserver profile the events are in
 * Axon Server, not in this table; see docs/audit.md.)
 */
@Component
class StoredEvents {

    private final JdbcTemplate jdbc;

    StoredEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ChainedEvent> of(String aggregateId) {
        return jdbc.query("""
                select aggregate_identifier, type, sequence_number, event_identifier, payload_type,
                       payload_revision, time_stamp, payload, meta_data
                from domain_event_entry where aggregate_identifier = ? order by sequence_number""",
                (rs, n) -> new ChainedEvent(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), timestamp(rs.getString(7)), json(rs.getBytes(8)),
                        metaData(rs.getBytes(9))), aggregateId);
    }

    private static String timestamp(String stored) {
        try {
            return ChainedEvent.timestamp(Instant.parse(stored));
        } catch (RuntimeException e) {
            return stored;
        }
    }

    /**
     * Bytes that are no longer JSON are kept as their base64 text: they can never match the hash, so the
     * verification names that event rather than failing as a whole.
     */
    private static JsonNode json(byte[] stored) {
        if (stored == null) {
            return TextNode.valueOf("");
        }
        try {
            return CanonicalJson.parse(stored);
        } catch (IllegalArgumentException e) {
            return TextNode.valueOf("unreadable:" + Base64.getEncoder().encodeToString(stored));
        }
    }

    private static JsonNode metaData(byte[] stored) {
        JsonNode node = json(stored);
        return node.isObject() ? node : CanonicalJson.object().set("unreadable", node);
    }
}
