package vn.reviewledger.command.rules;

import java.time.LocalDate;
import vn.reviewledger.kernel.calendar.WorkingDayCalendar;

/**
 * Hướng dẫn 25-HD/BTCTW, Part III (1): a collective's draft review report (form 01) is sent to the
 * members at least three working days before the meeting, so they can read it. Working days are
 * counted strictly between the day it went out and the meeting day, on the Vietnamese calendar.
 */
public final class DraftCirculationRule {

    private final int workingDays;

    public DraftCirculationRule(int workingDays) {
        this.workingDays = workingDays;
    }

    public void check(LocalDate circulatedOn, LocalDate meetingOn, WorkingDayCalendar calendar) {
        int between = meetingOn.isBefore(circulatedOn) ? -1 : calendar.workingDaysBefore(circulatedOn, meetingOn);
        if (between < workingDays) {
            throw RuleViolation.conflict("DRAFT_CIRCULATION", "circulatedOn", circulatedOn, "heldOn", meetingOn,
                    "workingDays", Math.max(between, 0), "required", workingDays);
        }
    }
}
