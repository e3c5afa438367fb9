package vn.reviewledger.query.ops.screen;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.reviewledger.query.access.Viewer;
import vn.reviewledger.query.ui.UiPage;

/**
 * The administrator's operations screen. A shell: the page only names the event processors (no
 * endpoint lists them); everything it shows and does goes through the {@code /api/admin/**} JSON
 * endpoints from {@code ops.js}, with the session, so the screen and the API can never disagree.
 */
@UiPage
@RequestMapping("/ui/ops")
class OperationsPage {

    private final EventProcessingConfiguration processing;

    OperationsPage(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @GetMapping
    String operations(Model model, HttpServletResponse response) {
        // The data behind the page is refused by path to anyone else; refusing here too gives a page
        // in the user's language instead of a problem+json body.
        if (!Viewer.current().isAdmin()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("messageKey", "ops.forbidden");
            return "message";
        }
        model.addAttribute("processors", processors());
        return "ops/operations";
    }

    /** Only streaming processors have a position to report (the status endpoint refuses the others). */
    private List<String> processors() {
        return processing.eventProcessors().entrySet().stream()
                .filter(e -> e.getValue() instanceof StreamingEventProcessor)
                .map(Map.Entry::getKey).sorted().toList();
    }
}
