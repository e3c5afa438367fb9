package vn.reviewledger.command.imports;

import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** The subject import's files: a CSV text or an {@code .xlsx} workbook, read into the same lines. */
@Component
@EnableConfigurationProperties(ImportLimits.class)
public class SubjectFiles {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final MediaType WORKBOOK = MediaType.parseMediaType(XLSX);

    private final ImportLimits limits;

    SubjectFiles(ImportLimits limits) {
        this.limits = limits;
        // POI keeps these limits process-wide, with no per-file setting; nothing else in the
        // process reads OOXML (the export only writes it).
        ZipSecureFile.setMaxEntrySize(limits.maxWorkbookPart().toBytes());
        ZipSecureFile.setMinInflateRatio(0.01);
    }

    /**
     * The lines of a file, read whole before anything is sent.
     *
     * @throws vn.reviewledger.command.rules.RuleViolation (400) for a file that cannot be read at all:
     *         not a workbook, a zip bomb, an unclosed quote, more rows than the cap
     */
    public List<SubjectLine> read(MediaType type, byte[] body) {
        SubjectRows rows = new SubjectRows(limits.maxRows());
        if (WORKBOOK.isCompatibleWith(type)) {
            SubjectWorkbook.read(body, rows);
        } else {
            SubjectCsv.read(body, rows);
        }
        return rows.lines();
    }

    /** Whether a file of this type is a workbook (rather than CSV text). */
    public static boolean isWorkbook(MediaType type) {
        return WORKBOOK.isCompatibleWith(type);
    }
}
