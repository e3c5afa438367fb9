package vn.reviewledger.command.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import vn.reviewledger.command.rules.RuleViolation;

/**
 * Reads subjects from the first sheet of an {@code .xlsx} workbook with Apache POI's streaming
 * reader: the sheet is never held in memory as a whole, and reading stops at the row cap. The file
 * is opened from a temporary copy so that POI inflates only the parts read (workbook, styles, shared
 * strings, first sheet), each within {@code ZipSecureFile}'s limits (see {@link SubjectFiles}); from
 * a stream it would inflate every part of the archive first.
 */
final class SubjectWorkbook {

    private SubjectWorkbook() {
    }

    static void read(byte[] body, SubjectRows rows) {
        Path copy = copy(body);
        try {
            // Opened as a zip file first: POI's own open would fall back to reading a broken archive as
            // a stream, every part into memory, with a warning for each bad upload.
            try (ZipSecureFile zip = new ZipSecureFile(copy.toFile())) {
                OPCPackage pkg = OPCPackage.open(new ZipFileZipEntrySource(zip));
                try {
                    firstSheet(pkg, rows);
                } finally {
                    pkg.revert();
                }
            }
        } catch (Exception e) {
            throw refusal(e);
        } finally {
            deleteQuietly(copy);
        }
    }

    /** A failure here is ours (a full disk), not the file's: it stays a 500. */
    private static Path copy(byte[] body) {
        try {
            Path copy = Files.createTempFile("subject-import-", ".xlsx");
            Files.write(copy, body);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void firstSheet(OPCPackage pkg, SubjectRows rows) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            return;
        }
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                new ReadOnlySharedStringsTable(pkg, false), new Rows(rows), new PlainValues(), false));
        try (InputStream sheet = sheets.next()) {
            parser.parse(new InputSource(sheet));
        }
    }

    /** Our own refusal (the row cap) as it is; anything POI could not read as "not a workbook". */
    private static RuleViolation refusal(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation v) {
                return v;
            }
            if (t instanceof IOException && String.valueOf(t.getMessage()).startsWith("Zip bomb detected")) {
                return RuleViolation.invalid("file", "IMPORT_WORKBOOK_INFLATED");
            }
        }
        return RuleViolation.invalid("file", "IMPORT_NOT_WORKBOOK");
    }

    private static void deleteQuietly(Path copy) {
        try {
            Files.deleteIfExists(copy);
        } catch (IOException ignored) {
            // A temporary file left behind is removed with the temporary directory.
        }
    }

    /** Cells by column, a gap for each empty cell; the row number a user sees is POI's plus one. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final SubjectRows rows;
        private final List<String> cells = new ArrayList<>();

        Rows(SubjectRows rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(rowNum + 1, List.copyOf(cells));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /**
     * Numbers as they are stored, not as the cell's format shows them: an id formatted "#,##0" is
     * still 12345, and a date cell is an ISO date whatever the display locale.
     */
    private static final class PlainValues extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
