package vn.reviewledger.query.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.reviewledger.kernel.cycle.CycleQueries.CycleView;
import vn.reviewledger.kernel.cycle.CycleQueries.FindCycle;
import vn.reviewledger.kernel.review.ReviewListQueries.ExportReviews;
import vn.reviewledger.kernel.review.ReviewListQueries.ReviewPage;
import vn.reviewledger.kernel.review.ReviewQueries.ReviewView;
import vn.reviewledger.query.access.NotFound;
import vn.reviewledger.query.access.ReadScope;

/**
 * Every review of a cycle, one a row, as CSV or XLSX. Headers and labels are Vietnamese unless
 * {@code Accept-Language: en} or {@code ?lang=en}. Rows are fetched and written in chunks, so a cycle
 * of 50,000 reviews is never held in memory at once.
 */
@RestController
@RequestMapping("/api/cycles/{cycleId}")
@Tag(name = "Reads: exports", description = "A cycle's reviews as CSV (UTF-8 with BOM) or XLSX")
class ExportController {

    private static final int CHUNK = 2000;

    private final QueryGateway queries;
    private final MessageSource messages;
    private final ReadScope scope;

    ExportController(QueryGateway queries, MessageSource messages, ReadScope scope) {
        this.queries = queries;
        this.messages = messages;
        this.scope = scope;
    }

    @GetMapping(value = "/export.csv", produces = "text/csv")
    @Operation(summary = "Every review of the cycle as CSV",
            description = "UTF-8 with a byte-order mark, so spreadsheet programs show Vietnamese names correctly; "
                    + "comma-separated, RFC 4180 quoting, dates yyyy-MM-dd.")
    @ApiResponse(responseCode = "200", description = "The file, named after the cycle",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    void csv(@PathVariable String cycleId,
             @Parameter(description = "vi (default) or en") @RequestParam(required = false) String lang,
             Locale locale, HttpServletResponse response) throws IOException {
        CycleView cycle = cycle(cycleId);
        Locale chosen = chosen(lang, locale);
        start(response, "text/csv; charset=UTF-8", fileName(cycle, "csv"));
        try (CsvWriter csv = new CsvWriter(response.getOutputStream())) {
            csv.row(ExportRow.header(messages, chosen));
            forEach(cycleId, r -> csv.row(ExportRow.of(r, cycle, messages, chosen).cells()));
        }
    }

    @GetMapping(value = "/export.xlsx",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "Every review of the cycle as an Excel workbook (XLSX)",
            description = "One sheet, a header row, real date cells shown as dd/MM/yyyy.")
    @ApiResponse(responseCode = "200", description = "The workbook, named after the cycle",
            content = @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary")))
    void xlsx(@PathVariable String cycleId,
              @Parameter(description = "vi (default) or en") @RequestParam(required = false) String lang,
              Locale locale, HttpServletResponse response) throws IOException {
        CycleView cycle = cycle(cycleId);
        Locale chosen = chosen(lang, locale);
        start(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fileName(cycle, "xlsx"));
        try (XlsxWriter xlsx = new XlsxWriter(messages.getMessage("export.sheet", null, "Reviews", chosen))) {
            xlsx.header(ExportRow.header(messages, chosen));
            forEach(cycleId, r -> xlsx.row(ExportRow.of(r, cycle, messages, chosen).cells()));
            try (OutputStream out = response.getOutputStream()) {
                xlsx.writeTo(out);
            }
        }
    }

    /** The cycle, if it exists (404) and the user may read some of it (403, before any byte is written). */
    private CycleView cycle(String cycleId) {
        CycleView cycle = queries.query(new FindCycle(cycleId), ResponseTypes.optionalInstanceOf(CycleView.class))
                .join().orElseThrow(() -> new NotFound(cycleId));
        scope.requireCycle(cycleId);
        return cycle;
    }

    /** Only the rows of the units the user may read: an office its subtree, a secretary their units. */
    private void forEach(String cycleId, Consumer<ReviewView> all) {
        Predicate<String> visible = scope.unitFilter(cycleId);
        Consumer<ReviewView> each = r -> {
            if (visible.test(r.unitId())) {
                all.accept(r);
            }
        };
        String after = null;
        while (true) {
            List<ReviewView> chunk = queries.query(new ExportReviews(cycleId, after, CHUNK),
                    ResponseTypes.instanceOf(ReviewPage.class)).join().items();
            chunk.forEach(each);
            if (chunk.size() < CHUNK) {
                return;
            }
            after = chunk.get(chunk.size() - 1).reviewId();
        }
    }

    private static Locale chosen(String lang, Locale requested) {
        if (lang != null && !lang.isBlank()) {
            return "en".equalsIgnoreCase(lang.trim()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        }
        return "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
    }

    private static String fileName(CycleView cycle, String extension) {
        return "review-ledger-" + cycle.organizationId() + "-" + cycle.year() + "." + extension;
    }

    private static void start(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
    }
}
