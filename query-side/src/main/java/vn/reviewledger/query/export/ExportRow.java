package vn.reviewledger.query.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.reviewledger.kernel.common.QuotaGroup;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.cycle.CycleQueries.CycleView;
import vn.reviewledger.kernel.review.ReviewQueries.ReviewView;
import vn.reviewledger.platform.i18n.Words;

/** One review as a row of an export: the same columns, in the same order, in CSV and XLSX. */
record ExportRow(List<Object> cells) {

    static final List<String> COLUMNS = List.of("reviewId", "subjectId", "subjectName", "subjectKind", "unitId",
            "unitName", "quotaGroup", "outsidePoliticalSystem", "stage", "nextDue", "deadlineStatus", "selfRating",
            "selfScore", "voteOutcome", "proposedRating", "proposedScore", "decidedRating", "decidedScore",
            "decisionNo", "reratingRequested");
    /** The index of the one date column, which XLSX writes as a real date. */
    static final int DATE_COLUMN = COLUMNS.indexOf("nextDue");

    static List<String> header(MessageSource messages, Locale locale) {
        return COLUMNS.stream().map(c -> messages.getMessage("export." + c, null, c, locale)).toList();
    }

    static ExportRow of(ReviewView r, CycleView cycle, MessageSource messages, Locale locale) {
        String unitName = unitName(cycle, r.unitId());
        LocalDate nextDue = r.stage().next() == null ? null : r.dueDates().get(r.stage().next());
        // Scores are numbers (a number cell in XLSX), blank where the rule set has none.
        return new ExportRow(java.util.Arrays.asList(r.reviewId(), r.subject().id(), r.subject().name(),
                Words.label(r.subject().kind(), locale), r.unitId(), unitName, group(cycle, r.quotaGroupId()),
                yesNo(r.outsidePoliticalSystem(), messages, locale), Words.label(r.stage(), locale), nextDue,
                messages.getMessage("deadline." + r.deadlineStatus(), null, r.deadlineStatus().name(), locale),
                rating(r.selfRating(), locale), score(r.selfScore()), rating(r.voteOutcome(), locale),
                rating(r.proposedRating(), locale), score(r.proposedScore()), rating(r.decidedRating(), locale),
                score(r.decidedScore()), r.decisionNo() == null ? "" : r.decisionNo(),
                r.reratingRequested() > 0 ? r.reratingRequested() : ""));
    }

    private static String unitName(CycleView cycle, String unitId) {
        return cycle.units().stream().filter(u -> u.id().equals(unitId)).map(u -> u.name()).findFirst().orElse(unitId);
    }

    /** The group's name as the cycle defined it; a unit's default group ({@code unit:<id>}) by its unit's name. */
    private static String group(CycleView cycle, String groupId) {
        if (groupId == null) {
            return "";
        }
        return cycle.quotaGroups().stream().filter(g -> g.id().equals(groupId)).map(g -> g.name()).findFirst()
                .orElseGet(() -> QuotaGroup.isDefaultId(groupId) ? unitName(cycle, QuotaGroup.unitOfDefault(groupId))
                        : groupId);
    }

    private static String yesNo(boolean value, MessageSource messages, Locale locale) {
        return value ? messages.getMessage("export.yes", null, "x", locale) : "";
    }

    private static Object score(Integer score) {
        return score == null ? "" : score;
    }

    private static String rating(Rating rating, Locale locale) {
        return rating == null ? "" : Words.label(rating, locale);
    }
}
