package vn.reviewledger.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import vn.reviewledger.command.rules.RuleViolation;
import vn.reviewledger.kernel.common.SubjectKind;

/** CSV and workbook read into the same lines by the same rules; files that cannot be read are refused whole. */
class SubjectFilesTest {

    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    static final MediaType XLSX = MediaType.parseMediaType(SubjectFiles.XLSX);

    final SubjectFiles files = new SubjectFiles(new ImportLimits(5, DataSize.ofMegabytes(8)));

    private List<SubjectLine> csv(String text) {
        return files.read(CSV, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void csvKeepsItsDialectsByteOrderMarkSemicolonsQuotesAndLineBreaks() {
        List<SubjectLine> lines = csv("\uFEFFMã;Họ và tên;Loại;Đơn vị;Ngày vào Đảng\r\n"
                + "dv-1;\"Trần Văn Đức; \"\"Jr\"\"\";Đảng viên;cb-1;02/03/2015\r\n"
                + "\r\n"
                + "dv-2;\"Lê Thị\nHoa\";PARTY_MEMBER;cb-1;2010-05-19\r\n");
        assertThat(lines).extracting(SubjectLine::number).containsExactly(2, 4);
        assertThat(lines.get(0).row().subject().name()).isEqualTo("Trần Văn Đức; \"Jr\"");
        assertThat(lines.get(0).row().admittedOn()).isEqualTo(LocalDate.of(2015, 3, 2));
        assertThat(lines.get(1).row().subject().name()).isEqualTo("Lê Thị\nHoa");
    }

    @Test
    void csvWithAnUnclosedQuoteIsRefusedNamingWhereItOpened() {
        assertThatThrownBy(() -> csv("subjectId,name,kind,unitId\na-1,Một,PARTY_MEMBER,cb-1\na-2,\"Hai,PARTY_MEMBER,cb-1\n"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.rule()).isEqualTo("IMPORT_CSV_QUOTE");
                    assertThat(v.message(Locale.ENGLISH)).startsWith("Line 3:");
                });
    }

    @Test
    void aMissingColumnIsNamedOnTheHeaderRowAndNothingElseIsRead() {
        List<SubjectLine> lines = csv("Mã,Họ và tên,Đơn vị\na-1,Một,cb-1\n");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).number()).isEqualTo(1);
        assertThat(lines.get(0).error().message(Locale.forLanguageTag("vi"))).contains("«Loại»");
        assertThat(csv("").get(0).error().rule()).isEqualTo("IMPORT_EMPTY");
    }

    @Test
    void moreRowsThanTheCapAreRefusedWholeNamingTheCap() {
        StringBuilder text = new StringBuilder("subjectId,name,kind,unitId\n");
        for (int i = 1; i <= 6; i++) {
            text.append("a-").append(i).append(",Tên,PARTY_MEMBER,cb-1\n");
        }
        assertThatThrownBy(() -> csv(text.toString())).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.rule()).isEqualTo("IMPORT_TOO_MANY_ROWS");
            assertThat(v.message(Locale.ENGLISH)).contains("more than 5 data rows");
        });
    }

    @Test
    void aWorkbookIsReadByTheSameRulesWithRowNumbersAsTheSheetShowsThem() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("Danh sách");
            wb.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("not read");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle grouped = wb.createCellStyle();
            grouped.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("#,##0"));
            String[] header = {"Mã", "Họ và tên", "Loại", "Đơn vị", "Công chức", "Ngày vào Đảng"};
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Row a = sheet.createRow(1);
            a.createCell(0).setCellValue(12345);
            a.getCell(0).setCellStyle(grouped);
            a.createCell(1).setCellValue("Nguyễn Thị Ánh Tuyết");
            a.createCell(2).setCellValue("Đảng viên");
            a.createCell(3).setCellValue("cb-1");
            a.createCell(4).setCellValue(true);
            a.createCell(5).setCellValue(LocalDate.of(2015, 3, 2));
            a.getCell(5).setCellStyle(date);
            // Row 3 left empty; row 4 has a gap in column E and a kind that does not exist.
            Row b = sheet.createRow(3);
            b.createCell(0).setCellValue("x-2");
            b.createCell(1).setCellValue("Trần Văn Đức");
            b.createCell(2).setCellValue("ALIEN");
            b.createCell(3).setCellValue("cb-1");
            b.createCell(5).setCellValue("31/12/2010");
            wb.write(out);
            workbook = out.toByteArray();
        }
        List<SubjectLine> lines = files.read(XLSX, workbook);
        assertThat(lines).extracting(SubjectLine::number).containsExactly(2, 4);
        SubjectRow first = lines.get(0).row();
        assertThat(first.subject().id()).isEqualTo("12345");
        assertThat(first.subject().name()).isEqualTo("Nguyễn Thị Ánh Tuyết");
        assertThat(first.subject().kind()).isEqualTo(SubjectKind.PARTY_MEMBER);
        assertThat(first.civilServant()).isTrue();
        assertThat(first.admittedOn()).isEqualTo(LocalDate.of(2015, 3, 2));
        assertThat(lines.get(1).error().field()).isEqualTo("kind");
        assertThat(lines.get(1).error().message(Locale.forLanguageTag("vi"))).contains("«Loại»", "«ALIEN»");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefused() {
        assertThatThrownBy(() -> files.read(XLSX, "subjectId,name\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("IMPORT_NOT_WORKBOOK"));
    }

    @Test
    void aSheetThatInflatesFarBeyondItsSizeIsTakenForAZipBomb() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Danh sách").createRow(0).createCell(0).setCellValue("Mã");
            wb.write(out);
            workbook = out.toByteArray();
        }
        // Twenty megabytes of blanks after the sheet's root element: valid XML, squeezed a thousandfold.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(in.readAllBytes());
                if (e.getName().endsWith("sheet1.xml")) {
                    byte[] blanks = new byte[1 << 20];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 20; i++) {
                        out.write(blanks);
                    }
                }
                out.closeEntry();
            }
        }
        assertThat(bomb.size()).isLessThan(200_000);
        assertThatThrownBy(() -> files.read(XLSX, bomb.toByteArray()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("IMPORT_WORKBOOK_INFLATED"));
    }
}
