package vn.reviewledger.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void startsWithAByteOrderMarkAndKeepsDiacritics() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(out)) {
            csv.row(List.of("Họ và tên", "Đơn vị"));
            csv.row(List.of("Nguyễn Thị Hương", "Chi bộ Văn phòng"));
        }
        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("Họ và tên,Đơn vị\r\nNguyễn Thị Hương,Chi bộ Văn phòng\r\n");
    }

    @Test
    void quotesSeparatorsAndDefusesFormulas() {
        assertThat(CsvWriter.cell("Chi bộ 1, Khối")).isEqualTo("\"Chi bộ 1, Khối\"");
        assertThat(CsvWriter.cell("nói \"tốt\"")).isEqualTo("\"nói \"\"tốt\"\"\"");
        assertThat(CsvWriter.cell("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
        assertThat(CsvWriter.cell(null)).isEmpty();
    }
}
