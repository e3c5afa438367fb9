package vn.reviewledger.query.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.reviewledger.kernel.common.ExemptionReason;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.kernel.cycle.CycleQueries.CycleView;
import vn.reviewledger.kernel.review.ReviewQueries.FindReview;
import vn.reviewledger.kernel.review.ReviewQueries.FindReviewHistory;
import vn.reviewledger.kernel.review.ReviewQueries.HistoryEntry;
import vn.reviewledger.kernel.review.ReviewQueries.ReviewView;
import vn.reviewledger.query.access.NotFound;
import vn.reviewledger.query.access.ReadScope;
import vn.reviewledger.query.access.Viewer;
import vn.reviewledger.query.deadline.DeadlinePolicy;
import vn.reviewledger.query.ui.Screens;
import vn.reviewledger.query.ui.UiPage;
import vn.reviewledger.query.ui.UnitNames;

/**
 * One review: its stages with due dates, the form of its next step, and its timeline (who, when,
 * what, why). The form posts to the command API from the browser, with the user's session.
 */
@UiPage
@RequestMapping("/ui/reviews/{id}")
class ReviewDetailPage {

    /** Payload fields worth a line in the timeline, in this order. */
    private static final List<String> DETAILS = List.of("form", "selfRating", "selfScore", "source", "author",
            "heldOn", "eligible", "present", "outcome", "rating", "score", "previousRating", "previousScore",
            "decisionNo", "announcedOn", "violationOn", "imposedOn", "dutyRelated", "found", "remedied", "stage",
            "dueDate", "newDueDate", "reason", "note");
    /** The self-review forms of each rule set (Guid. 25-HD/BTCTW; Guid. 43-HD/BTCTW). */
    private static final List<String> FORMS_124 = List.of("01", "02A", "02B");
    private static final List<String> FORMS_366 = List.of("01", "2A", "2B", "2C");

    private final QueryGateway queries;
    private final Screens screens;
    private final DeadlinePolicy deadlines;
    private final ObjectMapper json;
    private final ZoneId zone;

    private final ReadScope scope;

    ReviewDetailPage(QueryGateway queries, Screens screens, DeadlinePolicy deadlines, ObjectMapper json,
               @Value("${reviewledger.deadlines.zone:Asia/Ho_Chi_Minh}") ZoneId zone, ReadScope scope) {
        this.scope = scope;
        this.queries = queries;
        this.screens = screens;
        this.deadlines = deadlines;
        this.json = json;
        this.zone = zone;
    }

    record StageLine(Stage stage, LocalDate due, boolean done, boolean next) {
    }

    record Detail(String field, String value) {
    }

    record TimelineEntry(HistoryEntry entry, java.time.ZonedDateTime at, List<Detail> details) {
    }

    @GetMapping
    String review(@PathVariable String id, Model model) {
        ReviewView review = queries.query(new FindReview(id), ResponseTypes.optionalInstanceOf(ReviewView.class))
                .join().orElseThrow(() -> new NotFound(id));
        scope.requireReview(review.cycleId(), review.unitId());
        List<HistoryEntry> history = queries.query(new FindReviewHistory(id),
                ResponseTypes.multipleInstancesOf(HistoryEntry.class)).join();
        CycleView cycle = screens.cycle(review.cycleId()).orElse(null);
        Viewer viewer = Viewer.current();
        List<StageLine> stages = new ArrayList<>();
        for (Stage s : Stage.PLANNED) {
            stages.add(new StageLine(s, review.dueDates().get(s), review.stage().atLeast(s), s == review.stage().next()));
        }
        Stage next = review.stage().next();
        model.addAttribute("review", review);
        model.addAttribute("cycleView", cycle);
        model.addAttribute("unitName", UnitNames.of(cycle).name(review.unitId()));
        model.addAttribute("stages", stages);
        model.addAttribute("next", next);
        model.addAttribute("mayAct", next != null && viewer.mayAct() && (next != Stage.DECIDED || viewer.mayDecide()));
        model.addAttribute("today", deadlines.today());
        boolean collective = review.subject().kind().isCollective();
        boolean points = cycle != null && cycle.ruleSet() != null && cycle.ruleSet().name().equals("REG_366");
        model.addAttribute("collective", collective);
        model.addAttribute("points", points);
        model.addAttribute("forms", points ? FORMS_366 : FORMS_124);
        model.addAttribute("requiredForm", requiredForm(review, points));
        model.addAttribute("exemptionReasons", java.util.Arrays.stream(ExemptionReason.values())
                .filter(r -> r.forCollective() == collective).toList());
        boolean open = !review.stage().isFinished();
        // Besides the next step: facts the rules weigh (discipline, exemption, earlier shortcomings)
        // and, once decided, a re-rating by the competent level (also after close).
        model.addAttribute("mayRecord", viewer.mayAct() && open);
        model.addAttribute("mayExempt", viewer.mayAct() && review.stage() == Stage.OPENED);
        model.addAttribute("mayRecordShortcomings", viewer.mayAct() && points
                && !review.stage().atLeast(Stage.DECIDED) && review.stage() != Stage.EXEMPTED);
        model.addAttribute("mayReclassify", viewer.mayDecide() && review.decidedRating() != null);
        model.addAttribute("timeline", history.stream().map(this::entry).toList());
        return "review/review";
    }

    /**
     * The form the rules ask for, preselected: 01 for a collective; under Guid. 43 2C for a member
     * outside the political system, 2A for a leadership cadre, else 2B; under Guid. 25 02B for a
     * cadre, else 02A. The read side does not keep an individual's leadership post, so a party member
     * who holds one picks 2A (02B) by hand; the command side checks the choice.
     */
    static String requiredForm(ReviewView review, boolean points) {
        SubjectKind kind = review.subject().kind();
        if (kind.isCollective()) {
            return "01";
        }
        if (points) {
            return kind == SubjectKind.LEADERSHIP_CADRE ? "2A" : review.outsidePoliticalSystem() ? "2C" : "2B";
        }
        return kind == SubjectKind.LEADERSHIP_CADRE ? "02B" : "02A";
    }

    /** Business dates of a payload as the rest of the screen shows them: dd/MM/yyyy. */
    private static String dates(String value) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(value).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        }
        return value;
    }

    private TimelineEntry entry(HistoryEntry e) {
        List<Detail> details = new ArrayList<>();
        try {
            JsonNode payload = json.readTree(e.payload());
            for (String field : DETAILS) {
                JsonNode v = payload.get(field);
                if (v != null && !v.isNull() && !v.asText().isBlank() && !(field.equals("reason")
                        && v.asText().equals(e.reason()))) {
                    details.add(new Detail(field, dates(v.asText())));
                }
            }
        } catch (Exception ignored) {
            // A payload the timeline cannot read still shows its type, time, actor and reason.
        }
        return new TimelineEntry(e, e.occurredAt().atZone(zone), details);
    }
}
