package vn.reviewledger.command.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.reviewledger.command.rules.RuleViolation;

/**
 * Reads subjects from CSV through Apache Commons CSV: UTF-8 (a byte-order mark is fine), comma or
 * semicolon separated (whichever the header line uses more: Excel in a Vietnamese locale saves
 * with semicolons), quotes as in RFC 4180. A record's number counts the header as 1 and includes
 * empty lines, as a spreadsheet opening the file numbers its rows.
 */
final class SubjectCsv {

    private SubjectCsv() {
    }

    static void read(byte[] body, SubjectRows rows) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator(text))
                // Text after a closing quote ("a"b) is kept rather than refused, as spreadsheets write it.
                .setTrailingData(true).setIgnoreEmptyLines(false).get();
        long number = 0;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                number = record.getRecordNumber();
                rows.add(Math.toIntExact(number), record.toList());
            }
        } catch (UncheckedIOException | IOException e) {
            // Only an unclosed quote gets here: everything after it would be one cell.
            throw RuleViolation.invalid("file", "IMPORT_CSV_QUOTE", "line", number + 1);
        }
    }

    private static char separator(String text) {
        int firstBreak = text.indexOf('\n');
        String head = firstBreak < 0 ? text : text.substring(0, firstBreak);
        return head.chars().filter(c -> c == ';').count() > head.chars().filter(c -> c == ',').count() ? ';' : ',';
    }
}
