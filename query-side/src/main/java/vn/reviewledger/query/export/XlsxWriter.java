package vn.reviewledger.query.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX workbook written with POI's streaming API: only a window of rows stays in memory, the rest
 * goes to a temporary file, which {@link #close()} removes.
 */
final class XlsxWriter implements AutoCloseable {

    private static final int WINDOW = 200;
    private static final int[] WIDTHS = {38, 12, 28, 22, 12, 30, 30, 26, 14, 16, 30, 30, 30, 30, 16};

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle dateStyle;
    private final CellStyle headerStyle;
    private int columns;
    private int next;

    XlsxWriter(String sheetName) {
        sheet = workbook.createSheet(sheetName);
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
    }

    void header(List<String> names) {
        columns = names.size();
        Row row = sheet.createRow(next++);
        for (int i = 0; i < names.size(); i++) {
            Cell c = row.createCell(i);
            c.setCellValue(names.get(i));
            c.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, 256 * (i < WIDTHS.length ? WIDTHS[i] : 20));
        }
        sheet.createFreezePane(0, 1);
    }

    void row(List<Object> cells) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.size(); i++) {
            Object v = cells.get(i);
            if (v == null) {
                continue;
            }
            Cell c = row.createCell(i);
            if (v instanceof LocalDate d) {
                c.setCellValue(d);
                c.setCellStyle(dateStyle);
            } else if (v instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else {
                c.setCellValue(v.toString());
            }
        }
    }

    void writeTo(OutputStream out) throws IOException {
        if (columns > 0 && next > 1) {
            sheet.setAutoFilter(new CellRangeAddress(0, next - 1, 0, columns - 1));
        }
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
