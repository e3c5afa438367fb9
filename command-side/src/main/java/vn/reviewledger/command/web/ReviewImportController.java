package vn.reviewledger.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.reviewledger.command.imports.SubjectCsv;
import vn.reviewledger.command.rules.RuleViolation;
import vn.reviewledger.command.web.Answers.ImportReport;
import vn.reviewledger.kernel.common.Ids;
import vn.reviewledger.kernel.review.ReviewCommands.OpenReview;

/**
 * Bulk opening of a cycle's reviews from CSV. Each line is its own command: a bad line is reported
 * with its number and reason and the others go ahead. Review ids are derived from cycle, unit,
 * kind and subject, so sending the same file twice creates nothing the second time.
 */
@RestController
@RequestMapping("/api/cycles")
@Tag(name = "Commands: cycles")
class ReviewImportController {

    private final CommandSender sender;

    ReviewImportController(CommandSender sender) {
        this.sender = sender;
    }

    @Operation(operationId = "importReviews", summary = "Open many reviews from a CSV file, one subject a line",
            description = "UTF-8, comma or semicolon, English or Vietnamese headers. A bad line is reported with "
                    + "its number and reason and the others go ahead; sending a file twice creates nothing new.")
    @ApiResponse(responseCode = "200", description = "What the import did",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportReport.class)))
    @PostMapping(path = "/{cycleId}/reviews/import", consumes = {"text/csv", "text/plain", "application/csv"})
    ResponseEntity<Map<String, Object>> importCsv(@PathVariable String cycleId, @RequestBody byte[] body,
                                                  HttpServletRequest request, Locale locale) {
        int created = 0;
        int existing = 0;
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (SubjectCsv.Line line : SubjectCsv.read(new String(body, StandardCharsets.UTF_8))) {
            if (line.error() != null) {
                rejected.add(rejection(line.number(), "VALIDATION", line.error()));
                continue;
            }
            SubjectCsv.Row row = line.row();
            String reviewId = Ids.reviewId(cycleId, row.unitId(), row.subject().kind(), row.subject().id());
            try {
                sender.sendOneOfMany(new OpenReview(reviewId, cycleId, row.subject(), row.unitId(),
                        row.quotaGroupId(), row.leadershipPost(), row.civilServant(), row.headOfUnit(),
                        row.admittedOn(), row.outsidePoliticalSystem()), request, "Nhập từ tệp CSV");
                created++;
            } catch (RuleViolation v) {
                if ("DUPLICATE_REVIEW".equals(v.rule())) {
                    existing++;
                } else if ("CYCLE_NOT_FOUND".equals(v.rule())) {
                    throw v;
                } else {
                    rejected.add(rejection(line.number(), v.rule(), v.message(locale)));
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

    private static Map<String, Object> rejection(int line, String rule, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("line", line);
        m.put("rule", rule);
        m.put("reason", reason);
        return m;
    }
}
