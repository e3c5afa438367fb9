package vn.reviewledger.query.imports;

import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.reviewledger.kernel.cycle.CycleListQueries.CycleSummary;
import vn.reviewledger.query.access.Forbidden;
import vn.reviewledger.query.access.Viewer;
import vn.reviewledger.query.ui.Screens;
import vn.reviewledger.query.ui.UiPage;

/**
 * The subject import as a screen: a cycle, a .csv or .xlsx file, and then how many reviews were
 * opened or which rows were not, by number and reason. The page's script sends the file to the
 * command API ({@code POST /api/cycles/{id}/reviews/import}) with the user's session, as the step
 * forms do, so the screen and the API read files by the very same rules. Only those who may send
 * commands see it (an auditor reads and never imports).
 */
@UiPage
@RequestMapping("/ui/imports")
class ImportPage {

    private final Screens screens;

    ImportPage(Screens screens) {
        this.screens = screens;
    }

    @GetMapping
    String page(@RequestParam(required = false) String cycleId, Model model) {
        if (!Viewer.current().mayAct()) {
            throw new Forbidden();
        }
        List<CycleSummary> cycles = screens.cycles();
        model.addAttribute("cycles", cycles);
        model.addAttribute("chosen", screens.chosen(cycles, cycleId).orElse(null));
        return "imports/import";
    }
}
