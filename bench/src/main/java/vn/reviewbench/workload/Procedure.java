package vn.reviewbench.workload;

import java.util.List;

/**
 * The individual procedure both engines run, step by step (11 commands per review): open,
 * self-review, three opinions, close the collection, meeting, vote, proposal, decision, announcement.
 */
public final class Procedure {

    public static final List<String> STEPS = List.of("open", "self-review", "opinion", "opinion", "opinion",
            "close-opinions", "meeting", "vote", "proposal", "decision", "announcement");

    public static final List<String> OPINION_SOURCES = List.of("RESIDENCE_CELL", "LEADERSHIP_COLLECTIVE", "RELATED_BODY");

    private Procedure() {
    }
}
