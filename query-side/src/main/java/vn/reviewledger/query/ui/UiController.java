package vn.reviewledger.query.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.reviewledger.query.access.Viewer;

/** The entry: a secretary starts at the task list, everyone else at the dashboard. */
@Controller
class UiController {

    @GetMapping("/")
    String home() {
        return Viewer.current().isSecretary() ? "redirect:/ui/tasks" : "redirect:/ui/dashboard";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
