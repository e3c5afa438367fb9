package vn.reviewledger.query.ops.consistency;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.reviewledger.kernel.common.AuditKeys;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.query.deadline.StageReached;

/**
 * Compares every review read model with what the event store says: the store is folded into a
 * {@link ReplayedTruth}, then each table is read row by row and every value that differs is named.
 * The tables are read with plain SQL, as stored, not through the projections' own classes.
 *
 * <p>The store is read first and the tables after, so under load a table may already hold events
 * the fold has not seen: ask when the processors have caught up (a difference that disappears on
 * the next call was lag, one that stays is a fault).
 */
@Component
class ConsistencyCheck {

    /** A report stays readable even when a whole table is off. */
    static final int MAX_DIFFERENCES = 1000;

    private final EventStore store;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    ConsistencyCheck(EventStore store, JdbcTemplate jdbc, ObjectMapper json) {
        this.store = store;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    record Difference(String model, String key, String field, String expected, String actual) {
    }

    record Report(Instant checkedAt, long reviews, long events, List<String> models, int differenceCount,
                  List<Difference> differences) {
    }

    Report run() {
        Instant checkedAt = Instant.now(clock);
        ReplayedTruth truth = replay();
        Differences found = new Differences();
        truth.orphans.forEach(o -> found.add("event_store", o, "reviewOpened", "present", "missing"));
        summary(truth, found);
        history(truth, found);
        tasks(truth, found);
        progressReviews(truth, found);
        counters(truth, found);
        return new Report(checkedAt, truth.reviews.size(), truth.events,
                List.of("review_summary", "review_event_log", "review_task", "progress_review", "unit_progress"),
                found.count, found.list);
    }

    private ReplayedTruth replay() {
        ReplayedTruth truth = new ReplayedTruth();
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            while (stream.hasNextAvailable()) {
                TrackedEventMessage<?> m = stream.nextAvailable();
                long sequence = m instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : -1;
                Object requestId = m.getMetaData().get(AuditKeys.REQUEST_ID);
                truth.add(m.getPayload(), sequence, requestId == null ? null : requestId.toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return truth;
    }

    private void summary(ReplayedTruth truth, Differences found) {
        Map<String, Map<String, Object>> rows = rows("select * from review_summary", "review_id");
        for (ReplayedTruth.Review r : truth.reviews.values()) {
            Map<String, Object> row = rows.remove(r.reviewId);
            String m = "review_summary";
            if (row == null) {
                found.add(m, r.reviewId, "row", "present", "missing");
                continue;
            }
            found.compare(m, r.reviewId, "cycle_id", r.cycleId, row);
            found.compare(m, r.reviewId, "unit_id", r.unitId, row);
            found.compare(m, r.reviewId, "subject_id", r.subjectId, row);
            found.compare(m, r.reviewId, "quota_group_id", r.openedGroupId, row);
            found.compare(m, r.reviewId, "stage", r.stage, row);
            found.compare(m, r.reviewId, "self_rating", r.selfRating, row);
            found.compare(m, r.reviewId, "self_score", r.selfScore, row);
            found.compare(m, r.reviewId, "vote_outcome", r.voteOutcome, row);
            found.compare(m, r.reviewId, "proposed_rating", r.proposedRating, row);
            found.compare(m, r.reviewId, "proposed_score", r.proposedScore, row);
            found.compare(m, r.reviewId, "decided_rating", r.decidedRating, row);
            found.compare(m, r.reviewId, "decided_score", r.decidedScore, row);
            found.compare(m, r.reviewId, "outside_political_system", r.outsidePoliticalSystem, row);
            found.compare(m, r.reviewId, "rerating_requested", r.reratingRequested, row);
            found.compare(m, r.reviewId, "decision_no", r.decisionNo, row);
            found.compare(m, r.reviewId, "version", r.version, row);
            found.compare(m, r.reviewId, "next_due_date", r.nextDue(), row);
            found.compare(m, r.reviewId, "due_sort", r.nextDue() == null ? LocalDate.of(9999, 12, 31) : r.nextDue(),
                    row);
            // The path an opening recorded; for older openings it came from the cycle's tree, which
            // this fold does not keep, so those rows are not compared on it (the list tests cover them).
            if (r.unitPath != null && !r.unitPath.isEmpty()) {
                found.compare(m, r.reviewId, "unit_path", vn.reviewledger.query.review.UnitPaths.of(r.unitPath), row);
            }
            found.compareDueDates(m, r.reviewId, r.dueDates, dueDates(row));
        }
        rows.keySet().forEach(id -> found.add("review_summary", id, "row", "missing", "present"));
    }

    private void history(ReplayedTruth truth, Differences found) {
        Map<String, Map<Long, String>> stored = new HashMap<>();
        Map<String, String> storedRequestIds = new HashMap<>();
        jdbc.query("select review_id, sequence, event_type, request_id from review_event_log", rs -> {
            stored.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getLong(2), rs.getString(3));
            storedRequestIds.put(rs.getString(1) + "#" + rs.getLong(2), rs.getString(4));
        });
        String m = "review_event_log";
        for (ReplayedTruth.Review r : truth.reviews.values()) {
            Map<Long, String> actual = stored.remove(r.reviewId);
            actual = actual == null ? Map.of() : actual;
            found.check(m, r.reviewId, "events", r.events.size(), actual.size());
            Set<Long> sequences = new HashSet<>(r.events.keySet());
            sequences.addAll(actual.keySet());
            for (Long s : sequences.stream().sorted().toList()) {
                found.check(m, r.reviewId + "#" + s, "event_type", r.events.get(s), actual.get(s));
                if (r.events.containsKey(s) && actual.containsKey(s)) {
                    found.check(m, r.reviewId + "#" + s, "request_id", r.requestIds.get(s),
                            storedRequestIds.get(r.reviewId + "#" + s));
                }
            }
        }
        stored.forEach((id, events) -> found.check(m, id, "events", 0, events.size()));
    }

    private void tasks(ReplayedTruth truth, Differences found) {
        Map<String, Map<String, Object>> rows = rows("select * from review_task", "review_id");
        String m = "review_task";
        for (ReplayedTruth.Review r : truth.reviews.values()) {
            Map<String, Object> row = rows.remove(r.reviewId);
            if (row == null) {
                found.add(m, r.reviewId, "row", "present", "missing");
                continue;
            }
            found.compare(m, r.reviewId, "unit_id", r.unitId, row);
            found.compare(m, r.reviewId, "stage", r.stage, row);
            found.compare(m, r.reviewId, "next_stage", r.stage.next(), row);
            found.compare(m, r.reviewId, "due_date", r.nextDue(), row);
            found.compare(m, r.reviewId, "rerating_requested", r.reratingRequested, row);
            found.compare(m, r.reviewId, "version", r.version, row);
        }
        rows.keySet().forEach(id -> found.add(m, id, "row", "missing", "present"));
    }

    private void progressReviews(ReplayedTruth truth, Differences found) {
        Map<String, Map<String, Object>> rows = rows("select * from progress_review", "review_id");
        String m = "progress_review";
        for (ReplayedTruth.Review r : truth.reviews.values()) {
            Map<String, Object> row = rows.remove(r.reviewId);
            if (row == null) {
                found.add(m, r.reviewId, "row", "present", "missing");
                continue;
            }
            found.compare(m, r.reviewId, "unit_id", r.unitId, row);
            found.compare(m, r.reviewId, "quota_group_id", r.countedGroupId, row);
            found.compare(m, r.reviewId, "stage", r.stage, row);
            found.compare(m, r.reviewId, "rating", r.decidedRating, row);
            found.compare(m, r.reviewId, "next_due_date", r.nextDue(), row);
            found.compare(m, r.reviewId, "version", r.version, row);
        }
        rows.keySet().forEach(id -> found.add(m, id, "row", "missing", "present"));
    }

    private void counters(ReplayedTruth truth, Differences found) {
        Map<List<String>, Long> actual = new HashMap<>();
        jdbc.query("select cycle_id, unit_id, quota_group_id, stage, rating, reviews from unit_progress", rs -> {
            actual.put(List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                    rs.getLong(6));
        });
        Map<List<String>, Long> expected = truth.counters();
        Set<List<String>> keys = new HashSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (List<String> k : keys.stream().sorted((a, b) -> String.join("/", a).compareTo(String.join("/", b))).toList()) {
            found.check("unit_progress", String.join("/", k), "reviews", expected.getOrDefault(k, 0L),
                    actual.getOrDefault(k, 0L));
        }
    }

    private Map<String, Map<String, Object>> rows(String sql, String key) {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        for (Map<String, Object> row : jdbc.queryForList(sql)) {
            Map<String, Object> lower = new HashMap<>();
            // H2 answers column names in upper case, PostgreSQL in lower case.
            row.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
            rows.put((String) lower.get(key), lower);
        }
        return rows;
    }

    private Map<Stage, LocalDate> dueDates(Map<String, Object> row) {
        return StageReached.read(json, (String) row.get("due_dates"));
    }

    /** The differences found so far; counted all, listed up to {@link #MAX_DIFFERENCES}. */
    private static final class Differences {
        final List<Difference> list = new ArrayList<>();
        int count;

        void add(String model, String key, String field, String expected, String actual) {
            count++;
            if (list.size() < MAX_DIFFERENCES) {
                list.add(new Difference(model, key, field, expected, actual));
            }
        }

        void compare(String model, String key, String column, Object expected, Map<String, Object> row) {
            check(model, key, column, expected, row.get(column));
        }

        void check(String model, String key, String field, Object expected, Object actual) {
            String e = text(expected);
            String a = text(actual);
            if (!Objects.equals(e, a)) {
                add(model, key, field, e, a);
            }
        }

        void compareDueDates(String model, String key, Map<?, LocalDate> expected, Map<?, LocalDate> actual) {
            if (!expected.equals(actual)) {
                add(model, key, "due_dates", expected.toString(), actual.toString());
            }
        }

        /** Values compared as text: an enum by name, a number by value, a SQL date as ISO date. */
        private static String text(Object v) {
            if (v == null) {
                return null;
            }
            if (v instanceof Enum<?> en) {
                return en.name();
            }
            if (v instanceof java.sql.Date d) {
                return d.toLocalDate().toString();
            }
            if (v instanceof Number n && !(v instanceof java.math.BigDecimal)) {
                return Long.toString(n.longValue());
            }
            return v.toString();
        }
    }
}
