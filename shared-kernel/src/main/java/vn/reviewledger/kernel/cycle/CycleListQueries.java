package vn.reviewledger.kernel.cycle;

/** The cycles a screen can offer to choose from. */
public final class CycleListQueries {

    private CycleListQueries() {
    }

    /** Answered with a list of {@link CycleSummary}, latest year first. */
    public record FindCycles() {
    }

    public record CycleSummary(String cycleId, String organizationId, String organizationName, int year) {
    }
}
