package vn.reviewledger.query.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.serialization.LazyDeserializingObject;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.audit.ChainedEvent;
import vn.reviewledger.kernel.common.AuditKeys;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewEvent;
import vn.reviewledger.kernel.review.ReviewQueries.FindReviewHistory;
import vn.reviewledger.kernel.review.ReviewQueries.HistoryEntry;
import vn.reviewledger.kernel.review.ReviewQueries.HistoryFilter;

/**
 * One review's history, read from the event store: the review's own events are its history, so an
 * auditor never reads a copy that lags behind them (the entry of a command just answered is there at
 * once, whatever the read models' lag). Old shapes come out upcast, as every reader sees them. The
 * cycle-wide history, which no aggregate's stream answers, stays in the {@code review_event_log}
 * read model ({@link ReviewHistoryProjection}); both build an entry the same way.
 *
 * <p>On the JPA event store (H2, PostgreSQL) the review's rows are read with one statement on the
 * store's unique index {@code (aggregate_identifier, sequence_number)} and go through the configured
 * upcasters; the payload is then the stored JSON itself (what {@code payload} means: "the event as
 * stored"), and only the metadata and the business date are parsed. Deserialising every event into
 * its class and writing it out again, as a general reader must, cost more than the query. Under
 * Axon Server there is no such table: the events are read through the event store's API.
 */
@Component
public class ReviewHistory {

    private static final String ROWS = """
            select type, aggregate_identifier, sequence_number, event_identifier, time_stamp, payload_type,
                   payload_revision, payload, meta_data
              from domain_event_entry where aggregate_identifier = ? order by sequence_number""";

    private static final Set<String> META_KEYS = Set.of(AuditKeys.ACTOR_ID, AuditKeys.ACTOR_ROLE,
            AuditKeys.ACTOR_UNIT, AuditKeys.REQUEST_ID, AuditKeys.REASON, ChainedEvent.HASH);

    private static final Set<String> DATE_NAMES = Set.copyOf(BusinessDate.NAMES);

    private final EventStore store;
    private final ObjectMapper json;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventUpcaster upcasters;
    private final boolean jpaStore;
    /** Payload type name to "is it a review event": a few dozen names, asked on every read. */
    private final Map<String, Boolean> reviewEventTypes = new ConcurrentHashMap<>();

    ReviewHistory(EventStore store, ObjectMapper json, JdbcTemplate jdbc,
                  @Qualifier("eventSerializer") Serializer serializer, org.axonframework.config.Configuration axon,
                  ObjectProvider<EventStorageEngine> engine) {
        this.store = store;
        this.json = json;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.upcasters = axon.upcasterChain();
        this.jpaStore = engine.getIfAvailable() instanceof JpaEventStorageEngine;
    }

    @QueryHandler
    List<HistoryEntry> handle(FindReviewHistory query) {
        return read(query.reviewId(), query.filter());
    }

    /**
     * The review's events, oldest first, from sequence 0 (not from its latest snapshot). The filters
     * apply to those few events in memory: equal actor, equal type, recorded at or after {@code from}
     * and before {@code to}. No review, or one with no events, gives an empty list.
     */
    public List<HistoryEntry> read(String reviewId, HistoryFilter filter) {
        HistoryFilter f = filter == null ? HistoryFilter.NONE : filter;
        List<HistoryEntry> all = jpaStore ? fromTable(reviewId) : fromStore(reviewId);
        if (f.equals(HistoryFilter.NONE)) {
            return all;
        }
        List<HistoryEntry> kept = new ArrayList<>();
        for (HistoryEntry e : all) {
            if ((f.actor() == null || f.actor().equals(e.actor())) && (f.type() == null || f.type().equals(e.type()))
                    && (f.from() == null || !e.occurredAt().isBefore(f.from()))
                    && (f.to() == null || e.occurredAt().isBefore(f.to()))) {
                kept.add(e);
            }
        }
        return kept;
    }

    /** Through the event store's API, events deserialised: the way for any storage engine. */
    public List<HistoryEntry> fromStore(String reviewId) {
        List<HistoryEntry> entries = new ArrayList<>();
        DomainEventStream stream = store.readEvents(reviewId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getPayload() instanceof ReviewEvent event) {
                entries.add(entry(json, event, message));
            }
        }
        return entries;
    }

    /** The JPA store's rows, upcast where an upcaster applies, payload kept as stored. */
    public List<HistoryEntry> fromTable(String reviewId) {
        List<GenericDomainEventEntry<byte[]>> rows = jdbc.query(ROWS, (rs, n) -> new GenericDomainEventEntry<>(
                rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getBytes(8), rs.getBytes(9)), reviewId);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<HistoryEntry> entries = new ArrayList<>(rows.size());
        upcasters.upcast(rows.stream().map(row -> (IntermediateEventRepresentation)
                new InitialEventRepresentation(row, serializer))).forEachOrdered(event -> {
            if (isReviewEvent(event.getType())) {
                entries.add(entry(event));
            }
        });
        return entries;
    }

    private HistoryEntry entry(IntermediateEventRepresentation event) {
        byte[] payload = event.getData(byte[].class).getData();
        Map<String, String> meta = metaData(event.getMetaData());
        String type = event.getType().getName();
        try {
            return new HistoryEntry(event.getAggregateIdentifier().orElseThrow(),
                    event.getSequenceNumber().orElseThrow(), type.substring(Math.max(type.lastIndexOf('.'),
                    type.lastIndexOf('$')) + 1), event.getTimestamp(), meta.get(AuditKeys.ACTOR_ID),
                    meta.get(AuditKeys.ACTOR_ROLE), meta.get(AuditKeys.ACTOR_UNIT), meta.get(AuditKeys.REQUEST_ID),
                    meta.get(AuditKeys.REASON), BusinessDate.of(TopLevel.scalars(json, payload, DATE_NAMES)),
                    new String(payload, StandardCharsets.UTF_8), meta.get(ChainedEvent.HASH));
        } catch (IOException | TopLevel.NotScalar e) {
            throw new IllegalStateException("event " + event.getMessageIdentifier() + " is not a JSON object", e);
        }
    }

    /**
     * The six keys an entry shows, read from the stored metadata without building Axon's MetaData (that
     * cost more than the rest of the entry); an upcaster's own metadata, or a value that is not a plain
     * scalar, goes the general way.
     */
    private Map<String, String> metaData(LazyDeserializingObject<MetaData> lazy) {
        SerializedObject<?> stored = lazy.isDeserialized() ? null : lazy.getSerializedObject();
        if (stored != null && stored.getData() instanceof byte[] bytes) {
            try {
                return TopLevel.scalars(json, bytes, META_KEYS);
            } catch (IOException | TopLevel.NotScalar general) {
                // below
            }
        }
        Map<String, String> values = new HashMap<>();
        for (String key : META_KEYS) {
            values.put(key, meta(lazy.getObject(), key));
        }
        return values;
    }

    private boolean isReviewEvent(SerializedType type) {
        return reviewEventTypes.computeIfAbsent(type.getName(), name -> {
            try {
                return ReviewEvent.class.isAssignableFrom(serializer.classForType(type));
            } catch (RuntimeException unknown) {
                return false;
            }
        });
    }

    /** An event as an auditor reads it: who, in which role and unit, when, why, what, and its hash. */
    static HistoryEntry entry(ObjectMapper json, ReviewEvent event, DomainEventMessage<?> message) {
        try {
            MetaData meta = message.getMetaData();
            return new HistoryEntry(event.reviewId(), message.getSequenceNumber(), event.getClass().getSimpleName(),
                    message.getTimestamp(), meta(meta, AuditKeys.ACTOR_ID), meta(meta, AuditKeys.ACTOR_ROLE),
                    meta(meta, AuditKeys.ACTOR_UNIT), meta(meta, AuditKeys.REQUEST_ID), meta(meta, AuditKeys.REASON),
                    BusinessDate.of(event), json.writeValueAsString(event), meta(meta, ChainedEvent.HASH));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + message.getIdentifier() + " cannot be written as JSON", e);
        }
    }

    private static String meta(MetaData meta, String key) {
        Object v = meta.get(key);
        return v == null ? null : v.toString();
    }
}
