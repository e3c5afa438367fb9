package vn.reviewledger.command.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the subject import ({@code reviewledger.import.*}); the body itself is capped by
 * {@code reviewledger.limits.max-import}.
 *
 * @param maxRows         data rows one file may hold (CSV or workbook); more is refused whole, before
 *                        anything is opened. Each row is one command, so this also bounds how long a
 *                        request runs
 * @param maxWorkbookPart how large one part of a workbook (its sheet, its shared strings) may grow
 *                        when inflated; past it, or past POI's 1:100 compression ratio, the file is
 *                        taken for a zip bomb and refused
 */
@ConfigurationProperties("reviewledger.import")
public record ImportLimits(
        @DefaultValue("10000") int maxRows,
        @DefaultValue("64MB") DataSize maxWorkbookPart) {
}
