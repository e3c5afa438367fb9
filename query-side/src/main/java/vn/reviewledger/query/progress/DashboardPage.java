package vn.reviewledger.query.progress;

import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.reviewledger.kernel.cycle.CycleListQueries.CycleSummary;
import vn.reviewledger.kernel.cycle.CycleQueries.CycleView;
import vn.reviewledger.kernel.progress.ProgressQueries.DashboardView;
import vn.reviewledger.kernel.progress.ProgressQueries.FindDashboard;
import vn.reviewledger.query.access.NotFound;
import vn.reviewledger.query.access.ReadScope;
import vn.reviewledger.query.ui.Screens;
import vn.reviewledger.query.ui.UiPage;

/**
 * The committee office's screen: the dashboard of a unit with its children (refreshed live: the
 * page listens to the cycle's event stream and fetches {@code /ui/dashboard/panel} again). The list
 * of a unit's reviews behind each number is review.ReviewListPage.
 */
@UiPage
@RequestMapping("/ui")
class DashboardPage {

    private final QueryGateway queries;
    private final Screens screens;
    private final ReadScope scope;

    DashboardPage(QueryGateway queries, Screens screens, ReadScope scope) {
        this.queries = queries;
        this.screens = screens;
        this.scope = scope;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String cycleId, @RequestParam(required = false) String unitId,
                     Model model) {
        List<CycleSummary> cycles = screens.cycles();
        model.addAttribute("cycles", cycles);
        Optional<CycleSummary> chosen = screens.chosen(cycles, cycleId);
        if (chosen.isEmpty()) {
            return "progress/dashboard";
        }
        model.addAttribute("cycle", chosen.get());
        panel(chosen.get().cycleId(), unitId, model);
        return "progress/dashboard";
    }

    @GetMapping("/dashboard/panel")
    String panel(@RequestParam String cycleId, @RequestParam(required = false) String unitId, Model model) {
        CycleView cycle = screens.cycle(cycleId).orElseThrow(() -> new NotFound(cycleId));
        String unit;
        if (unitId == null || unitId.isBlank()) {
            unit = scope.startUnit(cycleId);
        } else {
            scope.requireUnit(cycleId, unitId);
            unit = unitId;
        }
        DashboardView view = queries.query(new FindDashboard(cycleId, unit),
                ResponseTypes.optionalInstanceOf(DashboardView.class)).join()
                .orElseThrow(() -> new NotFound(unitId));
        model.addAttribute("cycleView", cycle);
        model.addAttribute("screen", DashboardScreen.of(view));
        model.addAttribute("path", vn.reviewledger.query.cycle.UnitTree.of(cycleId, cycle.units()).path(view.unitId()));
        return "progress/dashboard :: panel";
    }
}
