package vn.reviewledger.command.review;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reviewledger.command.review.ReviewTestData.REVIEW_ID;
import static vn.reviewledger.command.review.ReviewTestData.partyMember;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.DisciplineForm;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.review.ReviewEvents.ComplaintLodged;
import vn.reviewledger.kernel.review.ReviewEvents.DisciplineRecorded;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewEvent;
import vn.reviewledger.kernel.review.ReviewEvents.StageOverdue;

/**
 * A review snapshots through Jackson (AXON-NOTES.md). Its state lives in {@link ReviewState}, but a
 * snapshot holds it at its top level, as it did when those fields were the aggregate's own: snapshots
 * stored before still load, and one written now reads back whole. {@code SnapshotTest} in app runs
 * the same through Axon's snapshotter and the event store.
 */
class ReviewSnapshotShapeTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    private static Review reviewAfter(Object... events) {
        Review review = new Review();
        for (Object e : events) {
            review.on((ReviewEvent) e);
        }
        return review;
    }

    @Test
    void theStateIsWrittenAtTheTopLevelOfTheSnapshot() {
        Review review = reviewAfter(partyMember().past().voted(Rating.GOOD).then(
                new DisciplineRecorded(REVIEW_ID, LocalDate.of(2024, 5, 10), DisciplineForm.KHIEN_TRACH, false, false),
                new StageOverdue(REVIEW_ID, Stage.PROPOSED, LocalDate.of(2024, 12, 9))).events().toArray());

        JsonNode snapshot = json.valueToTree(review);

        assertThat(snapshot.has("state")).isFalse();
        assertThat(snapshot.get("reviewId").asText()).isEqualTo(REVIEW_ID);
        assertThat(snapshot.get("stage").asText()).isEqualTo("VOTED");
        assertThat(snapshot.get("unitPath")).hasSize(2);
        assertThat(snapshot.get("disciplines")).hasSize(1);
        assertThat(snapshot.get("noticesRaised").get(0).asText()).isEqualTo("OVERDUE PROPOSED 2024-12-09");
    }

    @Test
    void aSnapshotReadsBackToTheSameState() throws Exception {
        Review review = reviewAfter(partyMember().past().decided(Rating.GOOD).then(
                new ComplaintLodged(REVIEW_ID, "kn-1", "Nguyễn Văn A", "Khiếu nại", LocalDate.of(2024, 12, 18)))
                .events().toArray());

        Review back = json.readValue(json.writeValueAsBytes(review), Review.class);

        assertThat(back).usingRecursiveComparison().isEqualTo(review);
        assertThat(back.state().openComplaints()).containsExactly("kn-1");
        assertThat(back.state().owed()).isEqualTo(review.state().owed());
    }
}
