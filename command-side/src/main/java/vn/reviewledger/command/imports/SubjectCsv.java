package vn.reviewledger.command.imports;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.reviewledger.kernel.common.Subject;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.platform.i18n.Words;

/**
 * Reads a cycle's subjects from CSV: UTF-8 (a byte-order mark is fine), comma or semicolon
 * separated, quotes as in RFC 4180, one header row whose column names may be English
 * ({@code subjectId,name,kind,unitId,quotaGroupId,leadershipPost,civilServant,headOfUnit,admittedOn,outsidePoliticalSystem})
 * or Vietnamese ({@code Mã,Họ và tên,Loại,Đơn vị,Nhóm,Chức vụ lãnh đạo,Công chức,Người đứng đầu,Ngày vào Đảng,
 * Ngoài hệ thống chính trị}); the last column (form 2C under Regulation 366) is optional.
 * Each bad line is reported with its number and why; the good ones are read.
 */
public final class SubjectCsv {

    /** One subject line, or the reason it cannot be read. Line numbers count the header as line 1. */
    public record Line(int number, Row row, String error) {
    }

    public record Row(Subject subject, String unitId, String quotaGroupId, boolean leadershipPost,
                      boolean civilServant, boolean headOfUnit, LocalDate admittedOn, boolean outsidePoliticalSystem) {
    }

    private static final Map<String, String> COLUMNS = new HashMap<>();
    private static final Map<String, SubjectKind> KINDS = new HashMap<>();

    static {
        alias("subjectId", "subjectid", "id", "ma", "ma dang vien", "ma doi tuong", "ma so");
        alias("name", "name", "ho va ten", "ho ten", "ten");
        alias("kind", "kind", "loai", "loai doi tuong");
        alias("unitId", "unitid", "unit", "don vi", "ma don vi");
        alias("quotaGroupId", "quotagroupid", "quotagroup", "nhom", "nhom ty le");
        alias("leadershipPost", "leadershippost", "chuc vu lanh dao", "lanh dao");
        alias("civilServant", "civilservant", "cong chuc", "cong chuc vien chuc");
        alias("headOfUnit", "headofunit", "nguoi dung dau", "dung dau");
        alias("admittedOn", "admittedon", "ngay vao dang", "ngay ket nap");
        alias("outsidePoliticalSystem", "outsidepoliticalsystem", "ngoai he thong chinh tri", "ngoai he thong");
        for (SubjectKind k : SubjectKind.values()) {
            KINDS.put(fold(k.name()), k);
            KINDS.put(fold(Words.label(k, Words.VIETNAMESE)), k);
            KINDS.put(fold(Words.label(k, Locale.ENGLISH)), k);
        }
    }

    private static void alias(String column, String... names) {
        for (String n : names) {
            COLUMNS.put(fold(n), column);
        }
    }

    private SubjectCsv() {
    }

    /** Lower case, without diacritics or punctuation: "Họ và tên" and "ho va ten" are one header. */
    static String fold(String s) {
        String noMarks = Normalizer.normalize(s.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return noMarks.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    public static List<Line> read(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = records(text);
        List<Line> lines = new ArrayList<>();
        if (records.isEmpty()) {
            lines.add(new Line(1, null, "Tệp trống: cần một dòng tiêu đề và các dòng dữ liệu."));
            return lines;
        }
        List<String> header = records.get(0);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = COLUMNS.get(fold(header.get(i)));
            if (column != null) {
                index.put(column, i);
            }
        }
        for (String required : List.of("subjectId", "name", "kind", "unitId")) {
            if (!index.containsKey(required)) {
                lines.add(new Line(1, null, "Thiếu cột «" + required + "» trong dòng tiêu đề."));
                return lines;
            }
        }
        for (int r = 1; r < records.size(); r++) {
            List<String> cells = records.get(r);
            int number = r + 1;
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            try {
                lines.add(new Line(number, row(cells, index), null));
            } catch (IllegalArgumentException e) {
                lines.add(new Line(number, null, e.getMessage()));
            }
        }
        return lines;
    }

    private static Row row(List<String> cells, Map<String, Integer> index) {
        String id = required(cells, index, "subjectId");
        String name = required(cells, index, "name");
        String kindText = required(cells, index, "kind");
        SubjectKind kind = KINDS.get(fold(kindText));
        if (kind == null) {
            throw new IllegalArgumentException("Loại «" + kindText + "» không hợp lệ; dùng PARTY_MEMBER, "
                    + "LEADERSHIP_CADRE, PARTY_ORGANIZATION, LEADERSHIP_COLLECTIVE hoặc tên tiếng Việt.");
        }
        String unitId = required(cells, index, "unitId");
        if (id.length() > 100 || name.length() > 300 || unitId.length() > 100) {
            throw new IllegalArgumentException("Mã, tên hoặc đơn vị quá dài.");
        }
        String group = optional(cells, index, "quotaGroupId");
        return new Row(new Subject(id, Normalizer.normalize(name, Normalizer.Form.NFC), kind), unitId,
                group.isEmpty() ? null : group, flag(cells, index, "leadershipPost"), flag(cells, index, "civilServant"),
                flag(cells, index, "headOfUnit"), date(optional(cells, index, "admittedOn")),
                flag(cells, index, "outsidePoliticalSystem"));
    }

    private static String required(List<String> cells, Map<String, Integer> index, String column) {
        String v = optional(cells, index, column);
        if (v.isEmpty()) {
            throw new IllegalArgumentException("Thiếu giá trị cột «" + column + "».");
        }
        return v;
    }

    private static String optional(List<String> cells, Map<String, Integer> index, String column) {
        Integer i = index.get(column);
        return i == null || i >= cells.size() ? "" : cells.get(i).trim();
    }

    private static boolean flag(List<String> cells, Map<String, Integer> index, String column) {
        String v = fold(optional(cells, index, column));
        return switch (v) {
            case "", "false", "0", "khong", "no", "n" -> false;
            case "true", "1", "co", "x", "yes", "y" -> true;
            default -> throw new IllegalArgumentException("Cột «" + column + "»: «" + v + "» không phải có/không.");
        };
    }

    private static LocalDate date(String v) {
        if (v.isEmpty()) {
            return null;
        }
        try {
            return v.contains("/") ? LocalDate.parse(v, DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT)) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Ngày «" + v + "» không hợp lệ (dd/MM/yyyy hoặc yyyy-MM-dd).");
        }
    }

    /** RFC 4180 records; the separator is whichever of ',' and ';' the header line uses more. */
    static List<List<String>> records(String text) {
        int firstBreak = text.indexOf('\n');
        String head = firstBreak < 0 ? text : text.substring(0, firstBreak);
        char sep = head.chars().filter(c -> c == ';').count() > head.chars().filter(c -> c == ',').count() ? ';' : ',';
        List<List<String>> records = new ArrayList<>();
        List<String> current = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == sep) {
                current.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                current.add(cell.toString());
                cell.setLength(0);
                records.add(current);
                current = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !current.isEmpty()) {
            current.add(cell.toString());
            records.add(current);
        }
        return records;
    }
}
