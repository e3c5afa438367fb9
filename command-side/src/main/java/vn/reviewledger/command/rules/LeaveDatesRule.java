package vn.reviewledger.command.rules;

import java.time.LocalDate;

/** A leave ends on or after the day it starts; the leave rules count its days, so a reversed range is bad input. */
public final class LeaveDatesRule {

    public void check(LocalDate startedOn, LocalDate endedOn) {
        if (endedOn.isBefore(startedOn)) {
            throw RuleViolation.invalid("endedOn", "LEAVE_DATES", "startedOn", startedOn, "endedOn", endedOn);
        }
    }
}
