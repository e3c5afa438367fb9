package vn.reviewledger.query.deadline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.review.ReviewEvents.OpinionCollectionClosed;
import vn.reviewledger.kernel.review.ReviewEvents.RatingAnnounced;
import vn.reviewledger.kernel.review.ReviewEvents.RatingDecided;
import vn.reviewledger.kernel.review.ReviewEvents.RatingProposed;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewClosed;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewEvent;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewExempted;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewMeetingHeld;
import vn.reviewledger.kernel.review.ReviewEvents.SelfReviewSubmitted;
import vn.reviewledger.kernel.review.ReviewEvents.VoteHeld;

/**
 * Which stage a review event reaches, and the due dates of a review as the read models store them.
 * One place on the read side, so every read model moves a review through the procedure the same
 * way; the aggregate keeps its own mapping, in its event-sourcing handlers.
 */
public final class StageReached {

    private static final TypeReference<Map<Stage, LocalDate>> DUE_DATES = new TypeReference<>() {
    };
    /**
     * Parsed due dates by their text. Every review of a cycle (and unit) carries the same plan, so a
     * handful of texts cover a whole run of events; parsing one with Jackson on every step of every
     * review was a tenth of the read side's CPU (bench profile). Bounded: a text not seen lately is
     * parsed again.
     */
    private static final int PARSED_PLANS = 256;
    private static final Map<String, EnumMap<Stage, LocalDate>> PARSED = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, EnumMap<Stage, LocalDate>> eldest) {
                    return size() > PARSED_PLANS;
                }
            });

    private StageReached() {
    }

    /** The stage the event brings the review to; empty for events that record without moving it. */
    public static Optional<Stage> of(ReviewEvent event) {
        Stage stage = null;
        if (event instanceof ReviewExempted) {
            stage = Stage.EXEMPTED;
        } else if (event instanceof SelfReviewSubmitted) {
            stage = Stage.SELF_REVIEW_SUBMITTED;
        } else if (event instanceof OpinionCollectionClosed) {
            stage = Stage.OPINIONS_COLLECTED;
        } else if (event instanceof ReviewMeetingHeld) {
            stage = Stage.MEETING_HELD;
        } else if (event instanceof VoteHeld) {
            stage = Stage.VOTED;
        } else if (event instanceof RatingProposed) {
            stage = Stage.PROPOSED;
        } else if (event instanceof RatingDecided) {
            stage = Stage.DECIDED;
        } else if (event instanceof RatingAnnounced) {
            stage = Stage.ANNOUNCED;
        } else if (event instanceof ReviewClosed) {
            stage = Stage.CLOSED;
        }
        return Optional.ofNullable(stage);
    }

    /** The due date of the step owed after {@code stage}; null when none is owed or none is planned. */
    public static LocalDate nextDue(Stage stage, Map<Stage, LocalDate> dueDates) {
        Stage next = stage.next();
        return next == null ? null : dueDates.get(next);
    }

    public static String write(ObjectMapper json, Map<Stage, LocalDate> dueDates) {
        try {
            return json.writeValueAsString(dueDates == null ? Map.of() : dueDates);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The due dates stored as {@code text}; a map of the caller's own, which it may change. */
    public static Map<Stage, LocalDate> read(ObjectMapper json, String text) {
        if (text == null || text.isBlank()) {
            return new EnumMap<>(Stage.class);
        }
        // Never handed out: each caller gets a copy.
        EnumMap<Stage, LocalDate> parsed = PARSED.get(text);
        if (parsed == null) {
            parsed = parse(json, text);
            PARSED.put(text, parsed);
        }
        return new EnumMap<>(parsed);
    }

    private static EnumMap<Stage, LocalDate> parse(ObjectMapper json, String text) {
        EnumMap<Stage, LocalDate> m = new EnumMap<>(Stage.class);
        try {
            m.putAll(json.readValue(text, DUE_DATES));
            return m;
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
