package vn.reviewledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.review.ReviewEvents.DisciplineRecorded;
import vn.reviewledger.kernel.review.ReviewEvents.OpinionRecorded;
import vn.reviewledger.kernel.review.ReviewEvents.ReviewOpened;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.Scenario;

/**
 * Schema evolution: an {@code OpinionRecorded} stored in its first shape (one free-text author)
 * is read in its second (author name and body apart) — by the aggregate, by the projections, by
 * anyone reading the store — while the stored bytes stay as they were.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UpcasterTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper objectMapper;

    @Test
    void anOpinionStoredInItsOldShapeIsReadInTheNewOne() {
        Scenario scenario = new Scenario(new Api(port)).cycle2023();
        String id = scenario.member("up-1", "Phạm Văn Cũ");
        scenario.step("secretary", "/api/reviews/" + id + "/self-review", """
                {"form": "02A", "selfRating": "GOOD", "submittedOn": "2023-12-04"}""");

        String oldPayload = """
                {"reviewId":"%s","opinionId":"old-1","source":"RESIDENCE_CELL",
                 "author":"Nguyễn Văn An - Chi ủy khu phố 3","content":"Gương mẫu"}""".formatted(id);
        String meta = """
                {"actorId":"secretary","actorRole":"SECRETARY","actorUnit":"cb-vp","requestId":"r-old","clientTime":"","reason":""}""";
        jdbc.update("insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type, "
                        + "event_identifier, payload_type, payload_revision, payload, meta_data, time_stamp) "
                        + "values (next value for domain_event_entry_seq, ?, 2, 'Review', ?, ?, null, ?, ?, ?)",
                id, UUID.randomUUID().toString(), OpinionRecorded.class.getName(),
                oldPayload.getBytes(StandardCharsets.UTF_8), meta.getBytes(StandardCharsets.UTF_8),
                Instant.now().toString());

        OpinionRecorded read = eventStore.readEvents(id).asStream()
                .filter(m -> m.getPayload() instanceof OpinionRecorded)
                .map(DomainEventMessage::getPayload).map(OpinionRecorded.class::cast).findFirst().orElseThrow();
        assertThat(read.authorName()).isEqualTo("Nguyễn Văn An");
        assertThat(read.authorBody()).isEqualTo("Chi ủy khu phố 3");
        assertThat(read.content()).isEqualTo("Gương mẫu");

        // The aggregate rebuilt from the old event knows the residence cell has spoken.
        scenario.step("secretary", "/api/reviews/" + id + "/opinions/close", "{}");

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> scenario.history(id).size() == 4);
        var opinion = scenario.history(id).get(2);
        assertThat(opinion.get("type").asText()).isEqualTo("OpinionRecorded");
        assertThat(opinion.get("payload").get("authorName").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(opinion.get("payload").has("author")).isFalse();
        // Nothing was rewritten: the stored bytes keep the first shape.
        byte[] stored = jdbc.queryForObject("select payload from domain_event_entry where aggregate_identifier = ? "
                + "and sequence_number = 2", byte[].class, id);
        assertThat(new String(stored, StandardCharsets.UTF_8)).contains("\"author\":\"Nguyễn Văn An - Chi ủy khu phố 3\"");
    }

    @Test
    void theApiTakesFreeTextOrNameAndBodyApart() {
        Scenario scenario = new Scenario(new Api(port)).cycle2023();
        String id = scenario.member("up-2", "Phạm Văn Mới");
        scenario.step("secretary", "/api/reviews/" + id + "/opinions", """
                {"source": "RESIDENCE_CELL", "author": "Trần Thị Bình – Chi bộ khu phố 5", "content": "Tốt"}""");
        scenario.step("secretary", "/api/reviews/" + id + "/opinions", """
                {"source": "SUPERIOR", "authorBody": "Đảng ủy Khối", "content": "Nhất trí"}""");
        var history = scenario.history(id);
        assertThat(history.get(1).get("payload").get("authorName").asText()).isEqualTo("Trần Thị Bình");
        assertThat(history.get(1).get("payload").get("authorBody").asText()).isEqualTo("Chi bộ khu phố 5");
        assertThat(history.get(2).get("payload").get("authorName").isNull()).isTrue();
        Api.Response none = new Api(port).as("secretary").post("/api/reviews/" + id + "/opinions", """
                {"source": "OTHER", "content": "Vô danh"}""");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.json().get("rule").asText()).isEqualTo("AUTHOR_REQUIRED");
    }

    /** Issue #12 added {@code violationOn} and {@code dutyRelated}: a discipline stored before reads as of its imposition. */
    @Test
    void aDisciplineStoredBeforeViolationDatesExisted_stillCapsItsYear() {
        Scenario scenario = new Scenario(new Api(port)).cycle2023();
        String id = scenario.member("up-3", "Đoàn Văn Cũ");
        String oldPayload = """
                {"reviewId":"%s","imposedOn":"2023-05-02","form":"KHIEN_TRACH","selfDiscovered":false,"remedied":false}"""
                .formatted(id);
        String meta = """
                {"actorId":"office","actorRole":"OFFICE","actorUnit":"dbk","requestId":"r-old","clientTime":"","reason":""}""";
        jdbc.update("insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type, "
                        + "event_identifier, payload_type, payload_revision, payload, meta_data, time_stamp) "
                        + "values (next value for domain_event_entry_seq, ?, 1, 'Review', ?, ?, null, ?, ?, ?)",
                id, UUID.randomUUID().toString(), DisciplineRecorded.class.getName(),
                oldPayload.getBytes(StandardCharsets.UTF_8), meta.getBytes(StandardCharsets.UTF_8),
                Instant.now().toString());

        DisciplineRecorded read = eventStore.readEvents(id).asStream()
                .filter(m -> m.getPayload() instanceof DisciplineRecorded)
                .map(DomainEventMessage::getPayload).map(DisciplineRecorded.class::cast).findFirst().orElseThrow();
        assertThat(read.faultOn()).isEqualTo(java.time.LocalDate.of(2023, 5, 2));
        assertThat(read.isDutyRelated()).isTrue();

        scenario.driveMemberToVoted(id, "GOOD");
        Api.Response good = new Api(port).as("secretary").post("/api/reviews/" + id + "/proposal", "{\"rating\": \"GOOD\"}");
        assertThat(good.status()).isEqualTo(409);
        assertThat(good.json().get("rule").asText()).isEqualTo("DISCIPLINE_CAP");
    }

    /** Parameters pinned before issue #12 ({@code leaveMonthsBarringExcellent}, no new figures) and an opening without the 2C flag. */
    @Test
    void parametersAndOpeningsStoredBeforeTheCorrections_areReadWithTheirRuleSetsDefaults() throws Exception {
        String oldParameters = """
                {"quorumShare":0.5,"voteMajorityShare":0.5,"excellentShareOfGood":0.2,"minMonthsWorkedForRating":6,
                 "leaveMonthsBarringExcellent":3,"draftCirculationWorkingDays":3,"admissionMonthsForReview":6,
                 "requiredOpinionSources":{"PARTY_MEMBER":["RESIDENCE_CELL"]},"excellentScore":90,"goodScore":70,
                 "completeScore":50,"unitBeforeHead":true,"lowerLevelBeforeUpper":true}""";
        RuleParameters read = objectMapper.readValue(oldParameters, RuleParameters.class);
        assertThat(read.sickLeaveMonthsForCap()).isEqualTo(3);
        assertThat(read.sickLeaveCap()).isNull();
        assertThat(read.withDefaultsFrom(RuleParameters.reg124Defaults()).sickLeaveCap()).isEqualTo(Rating.COMPLETE);

        String oldOpening = """
                {"reviewId":"r","cycleId":"c","year":2023,"ruleSet":"REG_124","ruleParameters":%s,
                 "subject":{"id":"s","name":"Nguyễn Văn Cũ","kind":"PARTY_MEMBER"},"unitId":"cb-1","unitLevel":2,
                 "quotaGroupId":null,"leadershipPost":false,"civilServant":false,"headOfUnit":false,
                 "admittedOn":"2010-01-01","cycleOpensOn":"2023-11-20","dueDates":{}}""".formatted(oldParameters);
        ReviewOpened opened = objectMapper.readValue(oldOpening, ReviewOpened.class);
        assertThat(opened.outsidePoliticalSystem()).isFalse();
        assertThat(opened.unitPath()).isNull();
        assertThat(opened.subject().name()).isEqualTo("Nguyễn Văn Cũ");
    }
}
