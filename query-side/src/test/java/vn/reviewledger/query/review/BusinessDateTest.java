package vn.reviewledger.query.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.review.ReviewEvents;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewEvent;

/**
 * The history reads an event's business date from its stored JSON ({@link ReviewHistory}); the cycle
 * history's read model from the event object. Both must give the same day for every review event.
 */
class BusinessDateTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void everyReviewEventGivesTheSameDayFromItsJsonAsFromItsFields() throws Exception {
        int checked = 0;
        int dated = 0;
        for (Class<?> type : ReviewEvents.class.getDeclaredClasses()) {
            if (!type.isRecord() || !ReviewEvent.class.isAssignableFrom(type)) {
                continue;
            }
            for (boolean withDates : List.of(true, false)) {
                ReviewEvent event = (ReviewEvent) sample(type, withDates);
                byte[] stored = json.writeValueAsBytes(event);
                LocalDate fromFields = BusinessDate.of(event);
                LocalDate fromJson = BusinessDate.of(TopLevel.scalars(json, stored, Set.copyOf(BusinessDate.NAMES)));
                assertThat(fromJson).as(type.getSimpleName() + " " + new String(stored, StandardCharsets.UTF_8))
                        .isEqualTo(fromFields);
                dated += fromFields != null ? 1 : 0;
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(dated).isGreaterThan(5);
    }

    @Test
    void topLevelFieldsOnly_nullsKept_objectsRefused() throws Exception {
        byte[] doc = """
                {"a": "x", "inner": {"submittedOn": "2020-01-01"}, "n": 12, "b": null, "list": [1, 2]}"""
                .getBytes(StandardCharsets.UTF_8);
        Map<String, String> found = TopLevel.scalars(json, doc, Set.of("a", "n", "b", "submittedOn"));
        assertThat(found).containsEntry("a", "x").containsEntry("n", "12").containsEntry("b", null)
                .doesNotContainKey("submittedOn");
        assertThatThrownBy(() -> TopLevel.scalars(json, doc, Set.of("inner"))).isInstanceOf(TopLevel.NotScalar.class);
        assertThat(BusinessDate.of(Map.of("heldOn", "not a date", "decidedOn", "2024-01-02")))
                .isEqualTo(LocalDate.of(2024, 1, 2));
    }

    /** A record with every component filled by type; dates differ by position, or are all null. */
    private static Object sample(Class<?> type, boolean withDates) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args.add(value(types[i], i, withDates));
        }
        Constructor<?> c = type.getDeclaredConstructor(types);
        return c.newInstance(args.toArray());
    }

    private static Object value(Class<?> t, int i, boolean withDates) {
        if (t == String.class) {
            return "v" + i;
        } else if (t == LocalDate.class) {
            return withDates ? LocalDate.of(2024, 1, 1).plusDays(i) : null;
        } else if (t == Instant.class) {
            return Instant.parse("2024-01-01T00:00:00Z");
        } else if (t == int.class || t == Integer.class) {
            return 1;
        } else if (t == long.class || t == Long.class) {
            return 1L;
        } else if (t == boolean.class || t == Boolean.class) {
            return false;
        } else if (t.isEnum()) {
            return t.getEnumConstants()[0];
        } else if (t == List.class) {
            return List.of();
        } else if (t == Map.class) {
            return Map.of();
        } else if (t == Set.class) {
            return Set.of();
        } else if (t == java.math.BigDecimal.class) {
            return java.math.BigDecimal.ONE;
        }
        return null;
    }
}
