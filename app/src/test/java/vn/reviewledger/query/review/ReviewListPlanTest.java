package vn.reviewledger.query.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.reviewledger.ReviewLedgerApplication;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.review.ReviewListQueries.FindReviews;
import vn.reviewledger.query.deadline.DeadlinePolicy;
import vn.reviewledger.support.Api;
import vn.reviewledger.support.ReadScenario;

/**
 * The review list seeks (PERFORMANCE.md §3.1): H2's plan of the statements {@link ReviewList} runs
 * names the index condition on the unit path range, not a scan of the cycle. If the subtree filter
 * regressed to an IN list of unit ids, H2 would seek on {@code cycle_id} alone and walk every review
 * of the cycle (it never seeks an IN list on a second index column), and this test fails.
 */
@SpringBootTest(classes = ReviewLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReviewListPlanTest {

    @LocalServerPort
    int port;
    @Autowired
    ReviewList list;
    @Autowired
    JdbcTemplate jdbc;
    ReadScenario scenario;
    final DeadlinePolicy.Window window = new DeadlinePolicy.Window(LocalDate.now(), LocalDate.now().plusDays(5));

    @BeforeEach
    void setUp() {
        scenario = new ReadScenario(new Api(port), LocalDate.now()).open();
    }

    private String plan(FindReviews q) {
        ReviewList.Statement s = list.statement(q, window);
        Object[] args = new Object[s.args().size() + 2];
        s.args().toArray(args);
        args[args.length - 2] = 0L;
        args[args.length - 1] = 50;
        return jdbc.queryForObject("explain " + s.page(), String.class, args).replaceAll("\\s+", " ");
    }

    /** The index H2 reads and its seek condition: the comment right after the table name. */
    private static String access(String plan) {
        int from = plan.indexOf("/*");
        return plan.substring(from, plan.indexOf("*/", from) + 2);
    }

    @Test
    void aSubtreeWithAStageSeeksTheStagePathIndexOnTheRange() {
        String plan = plan(new FindReviews(scenario.cycleId, "db-sxd", Stage.OPENED, null, 0, 50));
        assertThat(access(plan)).contains("IX_REVIEW_SUMMARY_STAGE_PATH").contains("STAGE =")
                .contains("UNIT_PATH >=").contains("UNIT_PATH <");
        assertThat(plan).doesNotContain("UNIT_ID\" IN").doesNotContain("tableScan");
    }

    @Test
    void aSubtreeSeeksThePathIndexOnTheRange() {
        String plan = plan(new FindReviews(scenario.cycleId, "db-sxd", null, null, 0, 50));
        assertThat(access(plan)).contains("IX_REVIEW_SUMMARY_PATH").contains("UNIT_PATH >=").contains("UNIT_PATH <");
    }

    @Test
    void aScopedReaderSeeksTheRangeOfItsSubtree() {
        // What ReadScope hands over for an office of db-sxd: every unit of the subtree.
        FindReviews q = new FindReviews(scenario.cycleId, null, Stage.OPENED, null, 0, 50,
                Map.of(scenario.cycleId, Set.of("db-sxd", "cb-sxd-1")));
        assertThat(access(plan(q))).contains("IX_REVIEW_SUMMARY_STAGE_PATH").contains("UNIT_PATH >=");
    }

    @Test
    void aWholeCycleIsReadInOrderFromTheOrderIndexWithoutASort() {
        String plan = plan(new FindReviews(scenario.cycleId, null, null, null, 0, 50));
        assertThat(access(plan)).contains("IX_REVIEW_SUMMARY_ORDER");
        assertThat(plan).contains("index sorted");
        String byStage = plan(new FindReviews(scenario.cycleId, null, Stage.OPENED, null, 0, 50));
        assertThat(access(byStage)).contains("IX_REVIEW_SUMMARY_STAGE_ORDER");
        assertThat(byStage).contains("index sorted");
    }

    @Test
    void theStatementTextDependsOnlyOnWhichFiltersArePresent() {
        // So the database prepares each shape once, whatever the values.
        ReviewList.Statement a = list.statement(new FindReviews(scenario.cycleId, "db-sxd", Stage.OPENED, null, 0, 50),
                window);
        ReviewList.Statement b = list.statement(new FindReviews(scenario.cycleId, "cb-vp", Stage.VOTED, null, 3, 20),
                window);
        assertThat(a.page()).isEqualTo(b.page());
        assertThat(a.count()).isEqualTo(b.count());
    }
}
