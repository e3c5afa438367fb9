package vn.reviewledger.query.review;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.reviewledger.kernel.common.DeadlineStatus;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.cycle.CycleQueries.CycleView;
import vn.reviewledger.kernel.review.ReviewListQueries.FindReviews;
import vn.reviewledger.kernel.review.ReviewListQueries.ReviewPage;
import vn.reviewledger.query.access.BadRequest;
import vn.reviewledger.query.access.NotFound;
import vn.reviewledger.query.access.ReadScope;
import vn.reviewledger.query.ui.Screens;
import vn.reviewledger.query.ui.UiPage;
import vn.reviewledger.query.ui.UnitNames;

/** The list of a unit's reviews behind each number of the dashboard, by stage or deadline status. */
@UiPage
@RequestMapping("/ui/reviews")
class ReviewListPage {

    private static final int PAGE_SIZE = 50;

    private final QueryGateway queries;
    private final Screens screens;
    private final ReadScope scope;

    ReviewListPage(QueryGateway queries, Screens screens, ReadScope scope) {
        this.queries = queries;
        this.screens = screens;
        this.scope = scope;
    }

    @GetMapping
    String reviews(@RequestParam String cycleId, @RequestParam(required = false) String unitId,
                   @RequestParam(required = false) Stage stage,
                   @RequestParam(required = false) DeadlineStatus deadlineStatus,
                   @RequestParam(defaultValue = "0") int page, Model model) {
        BadRequest.checkPage(page, PAGE_SIZE, PAGE_SIZE);
        CycleView cycle = screens.cycle(cycleId).orElseThrow(() -> new NotFound(cycleId));
        ReviewPage result = queries.query(new FindReviews(cycleId, blank(unitId), stage, deadlineStatus, page,
                PAGE_SIZE, scope.listScope(cycleId, blank(unitId))), ResponseTypes.instanceOf(ReviewPage.class)).join();
        model.addAttribute("cycleView", cycle);
        model.addAttribute("unitId", blank(unitId));
        model.addAttribute("unitName", blank(unitId) == null ? cycle.organizationName()
                : cycle.units().stream().filter(u -> u.id().equals(unitId)).map(u -> u.name()).findFirst()
                .orElse(unitId));
        model.addAttribute("stage", stage);
        model.addAttribute("deadlineStatus", deadlineStatus);
        model.addAttribute("result", result);
        model.addAttribute("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("unitNames", UnitNames.of(cycle));
        return "review/reviews";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
