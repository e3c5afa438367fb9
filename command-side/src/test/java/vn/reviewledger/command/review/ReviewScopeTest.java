package vn.reviewledger.command.review;

import static org.mockito.Mockito.mock;
import static vn.reviewledger.command.review.ReviewTestData.CYCLE_ID;
import static vn.reviewledger.command.review.ReviewTestData.REVIEW_ID;
import static vn.reviewledger.command.review.ReviewTestData.SUBMITTED_ON;
import static vn.reviewledger.command.review.ReviewTestData.UNIT_ID;
import static vn.reviewledger.command.review.ReviewTestData.partyMember;
import static vn.reviewledger.command.rules.Violations.violates;
import static vn.reviewledger.kernel.common.Rating.GOOD;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.reviewledger.command.cycle.CycleDirectory;
import vn.reviewledger.kernel.common.AuditKeys;
import vn.reviewledger.kernel.common.SelfReviewForm;
import vn.reviewledger.kernel.review.ReviewCommands.DecideRatingsInGroup;
import vn.reviewledger.kernel.review.ReviewCommands.SubmitSelfReview;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewOpened;
import vn.reviewledger.kernel.review.ReviewEvents.SelfReviewSubmitted;

/** Scope on the command side: the review's unit path against the sender's role and units. */
class ReviewScopeTest {

    private final CycleDirectory cycles = mock(CycleDirectory.class);
    private FixtureConfiguration<Review> fixture;

    @BeforeEach
    void setUp() {
        fixture = ReviewFixtures.withoutDeadlines(cycles);
    }

    private static ReviewOpened openedUnder(String... path) {
        ReviewOpened e = partyMember().event();
        return new ReviewOpened(e.reviewId(), e.cycleId(), e.year(), e.ruleSet(), e.ruleParameters(), e.subject(),
                e.unitId(), e.unitLevel(), e.quotaGroupId(), e.leadershipPost(), e.civilServant(), e.headOfUnit(),
                e.admittedOn(), e.cycleOpensOn(), e.dueDates(), List.of(path), e.outsidePoliticalSystem());
    }

    private static Map<String, Object> as(String role, String units) {
        return Map.of(AuditKeys.ACTOR_ID, "someone", AuditKeys.ACTOR_ROLE, role, AuditKeys.ACTOR_UNIT, units);
    }

    private static SubmitSelfReview selfReview() {
        return new SubmitSelfReview(REVIEW_ID, null, SelfReviewForm.F02A, GOOD, null, "Tự kiểm điểm", SUBMITTED_ON);
    }

    @Test
    void theSecretaryOfTheUnitRecordsItsSteps() {
        fixture.given(openedUnder("dbk", UNIT_ID))
                .when(selfReview(), as("SECRETARY", UNIT_ID))
                .expectEvents(new SelfReviewSubmitted(REVIEW_ID, SelfReviewForm.F02A, GOOD, null, "Tự kiểm điểm",
                        SUBMITTED_ON));
    }

    @Test
    void anOfficeAboveTheUnitRecordsItsSteps() {
        fixture.given(openedUnder("dbk", UNIT_ID))
                .when(selfReview(), as("OFFICE", "dbk"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theSecretaryOfAnotherUnitIsRefusedAndNothingIsStored() {
        fixture.given(openedUnder("dbk", UNIT_ID))
                .when(selfReview(), as("SECRETARY", "cb-tai-chinh"))
                .expectException(violates("SCOPE"))
                .expectNoEvents();
    }

    @Test
    void anAuditorIsRefusedEvenWithinItsUnits() {
        fixture.given(openedUnder("dbk", UNIT_ID))
                .when(selfReview(), as("AUDITOR", "dbk"))
                .expectException(violates("SCOPE"))
                .expectNoEvents();
    }

    @Test
    void aGroupDecisionWithOneEntryOutOfScopeIsRefusedAsAWhole() {
        fixture.given(openedUnder("dbk", UNIT_ID))
                .when(new DecideRatingsInGroup(CYCLE_ID, ReviewTestData.QUOTA_GROUP, "15-QĐ/ĐU", SUBMITTED_ON,
                        List.of(new DecideRatingsInGroup.Entry(REVIEW_ID, GOOD))), as("OFFICE", "dbk-khac"))
                .expectException(violates("SCOPE"))
                .expectNoEvents();
    }

    /** Events stored before the unit path existed still read, with the path unknown. */
    @Test
    void anOldReviewOpenedWithoutAPathStillDeserializes() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        ReviewOpened withPath = openedUnder("dbk", UNIT_ID);
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = json.convertValue(withPath, Map.class);
        tree.remove("unitPath");
        ReviewOpened old = json.readValue(json.writeValueAsString(tree), ReviewOpened.class);
        Assertions.assertThat(old.unitPath()).isNull();
        Assertions.assertThat(old.unitId()).isEqualTo(UNIT_ID);
        Assertions.assertThat(json.readValue(json.writeValueAsString(withPath), ReviewOpened.class).unitPath())
                .containsExactly("dbk", UNIT_ID);
    }
}
