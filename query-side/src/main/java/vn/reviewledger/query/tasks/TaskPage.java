package vn.reviewledger.query.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.reviewledger.kernel.tasks.TaskQueries.TaskView;
import vn.reviewledger.query.access.Viewer;
import vn.reviewledger.query.ui.Screens;
import vn.reviewledger.query.ui.UiPage;
import vn.reviewledger.query.ui.UnitNames;

/** The secretary's task list: the open steps of their units, most urgent first; each opens its form. */
@UiPage
@RequestMapping("/ui/tasks")
class TaskPage {

    private static final int SHOWN = 500;

    private final QueryGateway queries;
    private final Screens screens;

    TaskPage(QueryGateway queries, Screens screens) {
        this.queries = queries;
        this.screens = screens;
    }

    @GetMapping
    String tasks(Model model) {
        List<TaskView> tasks = queries.query(Viewer.current().tasks(0, SHOWN),
                ResponseTypes.multipleInstancesOf(TaskView.class)).join();
        Map<String, UnitNames> names = new HashMap<>();
        tasks.forEach(t -> names.computeIfAbsent(t.cycleId(), id -> UnitNames.of(screens.cycle(id).orElse(null))));
        model.addAttribute("tasks", tasks);
        model.addAttribute("names", names);
        model.addAttribute("shown", SHOWN);
        return "tasks/tasks";
    }
}
