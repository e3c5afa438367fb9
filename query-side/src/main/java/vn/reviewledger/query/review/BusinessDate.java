package vn.reviewledger.query.review;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewEvent;

/**
 * The business date of an event: the day the fact happened, as the request gave it ({@code submittedOn},
 * {@code heldOn}, …), kept apart from the time the event was recorded. Read from the event's own
 * fields by name, so a new event with such a field is covered without a change here.
 */
final class BusinessDate {

    /** In order of preference; {@code admittedOn} and due dates are facts about the subject or the plan. */
    static final List<String> NAMES = List.of("submittedOn", "heldOn", "decidedOn", "announcedOn",
            "imposedOn", "startedOn", "ratedOn", "lodgedOn", "resolvedOn", "reclassifiedOn", "recordedOn");

    private BusinessDate() {
    }

    static LocalDate of(ReviewEvent event) {
        RecordComponent[] components = event.getClass().getRecordComponents();
        if (components == null) {
            return null;
        }
        for (String name : NAMES) {
            for (RecordComponent c : components) {
                if (c.getName().equals(name) && c.getType() == LocalDate.class) {
                    try {
                        return (LocalDate) c.getAccessor().invoke(event);
                    } catch (ReflectiveOperationException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The same from the event's stored JSON, given its top-level fields of these names ({@link TopLevel}):
     * the first of the names the event has, as {@link #of(ReviewEvent)} takes the first such component
     * (null when its value is null). A field of that name that is not a date is passed over, as a
     * component of another type is.
     */
    static LocalDate of(Map<String, String> fields) {
        for (String name : NAMES) {
            if (!fields.containsKey(name)) {
                continue;
            }
            String value = fields.get(name);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException notADate) {
                // another kind of field with this name
            }
        }
        return null;
    }
}
