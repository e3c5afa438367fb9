package vn.reviewledger.query.tasks;

import vn.reviewledger.kernel.tasks.TaskQueries.FindTasks;

/**
 * The open tasks in {@code scope}, answered with a list of {@link TaskItem}, most urgent first;
 * {@code rerating}: re-ratings too, for whoever decides ratings (the committee office, an
 * administrator). A secretary records steps and is not asked to re-rate.
 */
public record FindTaskItems(FindTasks scope, boolean rerating) {
}
