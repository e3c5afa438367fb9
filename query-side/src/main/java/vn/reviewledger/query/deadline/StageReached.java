package vn.reviewledger.query.deadline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.EnumMap;
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

    public static Map<Stage, LocalDate> read(ObjectMapper json, String text) {
        Map<Stage, LocalDate> m = new EnumMap<>(Stage.class);
        if (text == null || text.isBlank()) {
            return m;
        }
        try {
            m.putAll(json.readValue(text, DUE_DATES));
            return m;
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
