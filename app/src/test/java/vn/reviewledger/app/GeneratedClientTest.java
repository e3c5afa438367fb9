package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.client.ApiClient;
import vn.reviewledger.client.api.CommandsCyclesApi;
import vn.reviewledger.client.api.CommandsReviewsApi;
import vn.reviewledger.client.api.ReadsReviewsApi;
import vn.reviewledger.client.model.AnnouncementRequest;
import vn.reviewledger.client.model.DecisionRequest;
import vn.reviewledger.client.model.MeetingRequest;
import vn.reviewledger.client.model.OpenCycleRequest;
import vn.reviewledger.client.model.OpenReviewRequest;
import vn.reviewledger.client.model.OpinionRequest;
import vn.reviewledger.client.model.ProposalRequest;
import vn.reviewledger.client.model.QuotaGroup;
import vn.reviewledger.client.model.ReviewView;
import vn.reviewledger.client.model.SelfReviewRequest;
import vn.reviewledger.client.model.StepRecorded;
import vn.reviewledger.client.model.SubjectRequest;
import vn.reviewledger.client.model.Unit;
import vn.reviewledger.client.model.VoteCounted;
import vn.reviewledger.client.model.VoteRequest;

/**
 * A review from opening to announcement through the Java client openapi-generator builds from the
 * committed OpenAPI description (generate-test-sources, app/pom.xml): only the generated API classes
 * and models, the way an integrating office would call the ledger. Each step sends the version the
 * previous answer gave as If-Match.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GeneratedClientTest {

    @LocalServerPort
    int port;

    /** A client signed in as one of the test users (application-test.yml) with HTTP Basic. */
    private ApiClient as(String username) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        String credentials = Base64.getEncoder().encodeToString(
                (username + ":" + vn.reviewledger.support.Api.PASSWORD).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        return client;
    }

    private static String ifMatch(long version) {
        return "\"" + version + "\"";
    }

    @Test
    void aReviewGoesFromOpeningToAnnouncementThroughTheGeneratedClient() throws Exception {
        CommandsCyclesApi office = new CommandsCyclesApi(as("office"));
        String cycleId = office.openCycle(new OpenCycleRequest()
                .organizationId("org-" + UUID.randomUUID().toString().substring(0, 8))
                .organizationName("Đảng bộ Khối Cơ quan tỉnh").year(2023)
                .addUnitsItem(new Unit().id("dbk").name("Đảng bộ Khối"))
                .addUnitsItem(new Unit().id("cb-1").name("Chi bộ Văn phòng").parentId("dbk"))
                .putPlanItem("SELF_REVIEW_SUBMITTED", "2023-12-05").putPlanItem("OPINIONS_COLLECTED", "2023-12-10")
                .putPlanItem("MEETING_HELD", "2023-12-15").putPlanItem("VOTED", "2023-12-15")
                .putPlanItem("PROPOSED", "2023-12-22").putPlanItem("DECIDED", "2023-12-29")
                .putPlanItem("ANNOUNCED", "2024-01-10")
                .addQuotaGroupsItem(new QuotaGroup().id("g-cb-1").name("Đảng viên Chi bộ Văn phòng")
                        .excellentShareOfGood(new java.math.BigDecimal("0.2")))
                .opensOn(LocalDate.of(2023, 11, 20)), true).getCycleId();

        CommandsReviewsApi secretary = new CommandsReviewsApi(as("secretary"));
        String id = secretary.openReview(cycleId, new OpenReviewRequest()
                .subject(new SubjectRequest().id("pm-api-1").name("Trần Thị Bình")
                        .kind(SubjectRequest.KindEnum.PARTY_MEMBER))
                .unitId("cb-1").quotaGroupId("g-cb-1").leadershipPost(false).civilServant(false).headOfUnit(false)
                .admittedOn(LocalDate.of(2015, 3, 2)), true).getReviewId();

        ReadsReviewsApi auditor = new ReadsReviewsApi(as("auditor"));
        ReviewView opened = auditor.getReview(id, null);
        assertThat(opened.getStage()).isEqualTo(ReviewView.StageEnum.OPENED);

        long v = opened.getVersion();
        v = secretary.selfReview(id, new SelfReviewRequest().form(SelfReviewRequest.FormEnum.fromValue("02A"))
                .selfRating(SelfReviewRequest.SelfRatingEnum.GOOD).summary("Tự đánh giá")
                .submittedOn(LocalDate.of(2023, 12, 4)), true, ifMatch(v)).getVersion();
        v = secretary.opinion(id, new OpinionRequest().source(OpinionRequest.SourceEnum.RESIDENCE_CELL)
                .author("Chi ủy khu phố 3").content("Gương mẫu nơi cư trú"), true, ifMatch(v)).getVersion();
        v = secretary.closeOpinions(id, true, ifMatch(v)).getVersion();
        v = secretary.meeting(id, new MeetingRequest().heldOn(LocalDate.of(2023, 12, 15)).eligible(12).present(11)
                .absentWithReason(1).minutes("Biên bản"), true, ifMatch(v)).getVersion();
        VoteCounted vote = secretary.vote(id, new VoteRequest().method(VoteRequest.MethodEnum.SECRET_BALLOT)
                .eligible(12).present(11).putVotesItem("GOOD", 11), true, ifMatch(v));
        assertThat(vote.getOutcome()).isEqualTo(VoteCounted.OutcomeEnum.GOOD);
        assertThat(vote.getRevoteRequired()).isFalse();
        v = secretary.proposal(id, new ProposalRequest().rating(ProposalRequest.RatingEnum.GOOD), true,
                ifMatch(vote.getVersion())).getVersion();
        v = new CommandsReviewsApi(as("office")).decision(id, new DecisionRequest()
                .rating(DecisionRequest.RatingEnum.GOOD).decisionNo("15-QĐ/ĐU")
                .decidedOn(LocalDate.of(2023, 12, 28)), true, ifMatch(v)).getVersion();
        StepRecorded announced = secretary.announcement(id, true, ifMatch(v),
                new AnnouncementRequest().announcedOn(LocalDate.of(2024, 1, 5)));
        assertThat(announced.getReviewId()).isEqualTo(id);

        ReviewView review = auditor.getReview(id, null);
        assertThat(review.getStage()).isEqualTo(ReviewView.StageEnum.ANNOUNCED);
        assertThat(review.getDecidedRating()).isEqualTo(ReviewView.DecidedRatingEnum.GOOD);
        assertThat(review.getDecisionNo()).isEqualTo("15-QĐ/ĐU");
        assertThat(review.getSubject().getName()).isEqualTo("Trần Thị Bình");
        assertThat(review.getVersion()).isEqualTo(announced.getVersion());
    }
}
