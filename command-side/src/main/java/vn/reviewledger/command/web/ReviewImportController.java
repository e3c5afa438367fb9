package vn.reviewledger.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.reviewledger.command.imports.SubjectFiles;
import vn.reviewledger.command.imports.SubjectLine;
import vn.reviewledger.command.imports.SubjectRow;
import vn.reviewledger.command.rules.RuleViolation;
import vn.reviewledger.command.web.Answers.ImportReport;
import vn.reviewledger.kernel.common.Ids;
import vn.reviewledger.kernel.review.ReviewCommands.OpenReview;

/**
 * Bulk opening of a cycle's reviews from a CSV file or an {@code .xlsx} workbook (first sheet), read
 * into the same lines by {@link SubjectFiles}. The file is read whole first: one that cannot be read
 * at all (not a workbook, over the row cap) is refused with 400 and opens nothing. Then each line is
 * its own command, so each review is opened whole or not at all: a bad line is reported with its
 * number (the spreadsheet's row) and reason, and the others go ahead. Review ids are derived from
 * cycle, unit, kind and subject, so sending the same file again, corrected or after a crash halfway,
 * opens only what is missing.
 */
@RestController
@RequestMapping("/api/cycles")
@Tag(name = "Commands: cycles")
class ReviewImportController {

    private final CommandSender sender;
    private final SubjectFiles files;

    ReviewImportController(CommandSender sender, SubjectFiles files) {
        this.sender = sender;
        this.files = files;
    }

    @Operation(operationId = "importReviews",
            summary = "Open many reviews from a CSV file or an Excel workbook, one subject a row",
            description = "CSV (UTF-8, comma or semicolon) or .xlsx (first sheet); English or Vietnamese headers. "
                    + "A bad row is reported with its number and reason and the others go ahead; a file that "
                    + "cannot be read opens nothing; sending a file twice creates nothing new.")
    @ApiResponse(responseCode = "200", description = "What the import did",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportReport.class)))
    @PostMapping(path = "/{cycleId}/reviews/import",
            consumes = {"text/csv", "text/plain", "application/csv", SubjectFiles.XLSX})
    ResponseEntity<Map<String, Object>> importSubjects(@PathVariable String cycleId, @RequestBody byte[] body,
                                                       HttpServletRequest request, Locale locale) {
        // From the request rather than a header parameter: OpenAPI has no Content-Type parameter.
        MediaType type = MediaType.parseMediaType(request.getContentType());
        String reason = SubjectFiles.isWorkbook(type) ? "Nhập từ tệp Excel" : "Nhập từ tệp CSV";
        int created = 0;
        int existing = 0;
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (SubjectLine line : files.read(type, body)) {
            if (line.error() != null) {
                rejected.add(rejection(line.number(), "VALIDATION", line.error().field(), line.error().message(locale)));
                continue;
            }
            SubjectRow row = line.row();
            String reviewId = Ids.reviewId(cycleId, row.unitId(), row.subject().kind(), row.subject().id());
            try {
                sender.sendOneOfMany(new OpenReview(reviewId, cycleId, row.subject(), row.unitId(),
                        row.quotaGroupId(), row.leadershipPost(), row.civilServant(), row.headOfUnit(),
                        row.admittedOn(), row.outsidePoliticalSystem()), request, reason);
                created++;
            } catch (RuleViolation v) {
                if ("DUPLICATE_REVIEW".equals(v.rule())) {
                    existing++;
                } else if ("CYCLE_NOT_FOUND".equals(v.rule())) {
                    throw v;
                } else {
                    rejected.add(rejection(line.number(), v.rule(), v.field(), v.message(locale)));
                }
            } catch (AggregateStreamCreationException raced) {
                existing++;
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("created", created);
        answer.put("existing", existing);
        answer.put("rejected", rejected);
        return ResponseEntity.ok(answer);
    }

    /** A line not opened; {@code column} names the file's column at fault, where there is one. */
    private static Map<String, Object> rejection(int line, String rule, String column, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", line);
        m.put("rule", rule);
        if (column != null) {
            m.put("column", column);
        }
        m.put("reason", reason);
        return m;
    }
}
