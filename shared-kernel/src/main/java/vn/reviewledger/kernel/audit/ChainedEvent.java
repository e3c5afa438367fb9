package vn.reviewledger.kernel.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One stored event as the hash chain sees it: the payload and metadata exactly as the serializer
 * stored them (parsed, never deserialized into Java, so an upcaster that reads an old revision
 * differently never breaks the chain), plus the facts of the store row.
 *
 * @param timestamp the instant recorded, in milliseconds (see {@link #timestamp(Instant)})
 * @param metaData  the stored metadata, with {@code hash} and {@code prevHash}
 */
public record ChainedEvent(String aggregateId, String aggregateType, long sequence, String eventId,
                           String payloadType, String payloadRevision, String timestamp, JsonNode payload,
                           JsonNode metaData) {

    /** Metadata key of the event's own hash; the one field the hash does not cover. */
    public static final String HASH = "hash";
    /** Metadata key of the previous event's hash (absent on an aggregate's first event). */
    public static final String PREV_HASH = "prevHash";

    /**
     * Milliseconds: Axon Server keeps event times to the millisecond, the JPA store to the nanosecond;
     * hashing the millisecond keeps one chain valid in either store.
     */
    public static String timestamp(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    public String hash() {
        JsonNode h = metaData == null ? null : metaData.get(HASH);
        return h == null || !h.isTextual() ? null : h.asText();
    }

    public String prevHash() {
        JsonNode h = metaData == null ? null : metaData.get(PREV_HASH);
        return h == null || !h.isTextual() ? null : h.asText();
    }

    /** What the hash covers: everything above but the hash itself; the previous hash is inside. */
    public ObjectNode hashedContent() {
        ObjectNode content = CanonicalJson.object();
        content.put("aggregateId", aggregateId);
        content.put("aggregateType", aggregateType);
        content.put("sequence", sequence);
        content.put("eventId", eventId);
        content.put("payloadType", payloadType);
        content.put("payloadRevision", payloadRevision);
        content.put("timestamp", timestamp);
        content.set("payload", payload);
        ObjectNode meta = CanonicalJson.object();
        if (metaData != null && metaData.isObject()) {
            meta.setAll((ObjectNode) metaData.deepCopy());
        }
        meta.remove(HASH);
        content.set("metaData", meta);
        return content;
    }

    /** SHA-256 of the canonical JSON of {@link #hashedContent()}, lowercase hex. */
    public String computeHash() {
        return EventHashes.sha256(CanonicalJson.write(hashedContent()));
    }

    /** One line of an auditor's bundle: the row, its stored payload and metadata, and its hash. */
    public ObjectNode toJson() {
        ObjectNode line = hashedContent();
        line.set("metaData", metaData == null ? CanonicalJson.object() : metaData.deepCopy());
        line.put("hash", hash());
        return line;
    }

    public static ChainedEvent fromJson(JsonNode line) {
        return new ChainedEvent(text(line, "aggregateId"), text(line, "aggregateType"),
                required(line, "sequence").asLong(), text(line, "eventId"), text(line, "payloadType"),
                text(line, "payloadRevision"), text(line, "timestamp"), required(line, "payload"),
                required(line, "metaData"));
    }

    private static JsonNode required(JsonNode line, String field) {
        JsonNode v = line.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("missing field " + field);
        }
        return v;
    }

    private static String text(JsonNode line, String field) {
        JsonNode v = line.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
