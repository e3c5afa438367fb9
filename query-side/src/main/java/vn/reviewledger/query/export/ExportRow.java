package vn.reviewledger.query.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.cycle.CycleQueries.CycleView;
import vn.reviewledger.kernel.review.ReviewQueries.ReviewView;

/** One review as a row of an export: the same columns, in the same order, in CSV and XLSX. */
record ExportRow(List<Object> cells) {

    static final List<String> COLUMNS = List.of("reviewId", "subjectId", "subjectName", "subjectKind", "unitId",
            "unitName", "quotaGroup", "stage", "nextDue", "deadlineStatus", "selfRating", "voteOutcome",
            "proposedRating", "decidedRating", "decisionNo");
    /** The index of the one date column, which XLSX writes as a real date. */
    static final int DATE_COLUMN = COLUMNS.indexOf("nextDue");

    static List<String> header(MessageSource messages, Locale locale) {
        return COLUMNS.stream().map(c -> messages.getMessage("export." + c, null, c, locale)).toList();
    }

    static ExportRow of(ReviewView r, CycleView cycle, MessageSource messages, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        String unitName = cycle.units().stream().filter(u -> u.id().equals(r.unitId())).map(u -> u.name())
                .findFirst().orElse(r.unitId());
        String group = r.quotaGroupId() == null ? "" : cycle.quotaGroups().stream()
                .filter(g -> g.id().equals(r.quotaGroupId())).map(g -> g.name()).findFirst().orElse(r.quotaGroupId());
        LocalDate nextDue = r.stage().next() == null ? null : r.dueDates().get(r.stage().next());
        return new ExportRow(java.util.Arrays.asList(r.reviewId(), r.subject().id(), r.subject().name(),
                r.subject().kind().label(en), r.unitId(), unitName, group, r.stage().label(en), nextDue,
                messages.getMessage("deadline." + r.deadlineStatus(), null, r.deadlineStatus().name(), locale),
                rating(r.selfRating(), en), rating(r.voteOutcome(), en), rating(r.proposedRating(), en),
                rating(r.decidedRating(), en), r.decisionNo() == null ? "" : r.decisionNo()));
    }

    private static String rating(Rating rating, boolean en) {
        return rating == null ? "" : rating.label(en);
    }
}
