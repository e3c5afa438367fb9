package vn.reviewledger.command.imports;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.reviewledger.command.rules.RuleViolation;
import vn.reviewledger.kernel.common.Subject;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.platform.i18n.Words;

/**
 * The rules of an import file, whatever its format: a header row whose column names may be English
 * ({@code subjectId,name,kind,unitId,quotaGroupId,leadershipPost,civilServant,headOfUnit,admittedOn,outsidePoliticalSystem})
 * or Vietnamese ({@code Mã,Họ và tên,Loại,Đơn vị,Nhóm,Chức vụ lãnh đạo,Công chức,Người đứng đầu,Ngày vào Đảng,
 * Ngoài hệ thống chính trị}), in any order; the first four are required, the last (form 2C under
 * Regulation 366) optional. The readers feed it rows as text with the number a user sees for each;
 * a bad row becomes a line with its reason and the good ones are read.
 */
final class SubjectRows {

    /** The Vietnamese header of each column, first among its aliases: named when it is missing. */
    private static final Map<String, String> HEADERS = new LinkedHashMap<>();
    private static final Map<String, String> COLUMNS = new HashMap<>();
    private static final Map<String, SubjectKind> KINDS = new HashMap<>();
    private static final List<String> REQUIRED = List.of("subjectId", "name", "kind", "unitId");
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    static {
        alias("subjectId", "Mã", "subjectid", "id", "ma dang vien", "ma doi tuong", "ma so");
        alias("name", "Họ và tên", "name", "ho ten", "ten");
        alias("kind", "Loại", "kind", "loai doi tuong");
        alias("unitId", "Đơn vị", "unitid", "unit", "ma don vi");
        alias("quotaGroupId", "Nhóm", "quotagroupid", "quotagroup", "nhom ty le");
        alias("leadershipPost", "Chức vụ lãnh đạo", "leadershippost", "lanh dao");
        alias("civilServant", "Công chức", "civilservant", "cong chuc vien chuc");
        alias("headOfUnit", "Người đứng đầu", "headofunit", "dung dau");
        alias("admittedOn", "Ngày vào Đảng", "admittedon", "ngay ket nap");
        alias("outsidePoliticalSystem", "Ngoài hệ thống chính trị", "outsidepoliticalsystem", "ngoai he thong");
        for (SubjectKind k : SubjectKind.values()) {
            KINDS.put(fold(k.name()), k);
            KINDS.put(fold(Words.label(k, Words.VIETNAMESE)), k);
            KINDS.put(fold(Words.label(k, Locale.ENGLISH)), k);
        }
    }

    private static void alias(String column, String vietnamese, String... names) {
        HEADERS.put(column, vietnamese);
        COLUMNS.put(fold(vietnamese), column);
        for (String n : names) {
            COLUMNS.put(fold(n), column);
        }
    }

    private final int maxRows;
    private final List<SubjectLine> lines = new ArrayList<>();
    /** Column name -> cell index, once the header has been read. */
    private Map<String, Integer> index;
    /** The header's own words for each column, to name a column the way the file does. */
    private final Map<String, String> written = new HashMap<>();
    private boolean refused;
    private int rows;

    SubjectRows(int maxRows) {
        this.maxRows = maxRows;
    }

    /** Lower case, without diacritics or punctuation: "Họ và tên" and "ho va ten" are one header. */
    static String fold(String s) {
        String noMarks = Normalizer.normalize(s.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return noMarks.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }

    /**
     * One row as read. Blank rows are passed over (they still count for the numbers); the first
     * row with content is the header.
     *
     * @throws RuleViolation {@code IMPORT_TOO_MANY_ROWS} past the row cap, before anything is sent
     */
    void add(int number, List<String> cells) {
        if (refused || cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        if (index == null) {
            header(number, cells);
            return;
        }
        if (++rows > maxRows) {
            throw RuleViolation.invalid("file", "IMPORT_TOO_MANY_ROWS", "limit", maxRows);
        }
        try {
            lines.add(new SubjectLine(number, row(cells), null));
        } catch (RuleViolation v) {
            lines.add(new SubjectLine(number, null, v));
        }
    }

    /** The lines read, in file order; a file without a usable header is one line saying why. */
    List<SubjectLine> lines() {
        if (index == null) {
            return List.of(new SubjectLine(1, null, RuleViolation.invalid(null, "IMPORT_EMPTY")));
        }
        return List.copyOf(lines);
    }

    private void header(int number, List<String> cells) {
        index = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i).trim();
            String column = COLUMNS.get(fold(cell));
            if (column != null && !index.containsKey(column)) {
                index.put(column, i);
                written.put(column, cell);
            }
        }
        for (String required : REQUIRED) {
            if (!index.containsKey(required)) {
                lines.add(new SubjectLine(number, null, RuleViolation.invalid(required, "IMPORT_MISSING_COLUMN",
                        "column", required, "header", HEADERS.get(required))));
                refused = true;
                return;
            }
        }
    }

    private SubjectRow row(List<String> cells) {
        String id = required(cells, "subjectId", 100);
        String name = required(cells, "name", 300);
        String kindText = required(cells, "kind", 100);
        SubjectKind kind = KINDS.get(fold(kindText));
        if (kind == null) {
            throw RuleViolation.invalid("kind", "IMPORT_KIND", "column", written.get("kind"), "value", kindText);
        }
        String unitId = required(cells, "unitId", 100);
        String group = optional(cells, "quotaGroupId", 100);
        return new SubjectRow(new Subject(id, Normalizer.normalize(name, Normalizer.Form.NFC), kind), unitId,
                group.isEmpty() ? null : group, flag(cells, "leadershipPost"), flag(cells, "civilServant"),
                flag(cells, "headOfUnit"), date(cells, "admittedOn"), flag(cells, "outsidePoliticalSystem"));
    }

    private String required(List<String> cells, String column, int max) {
        String v = optional(cells, column, max);
        if (v.isEmpty()) {
            throw RuleViolation.invalid(column, "IMPORT_MISSING_VALUE", "column", written.get(column));
        }
        return v;
    }

    private String optional(List<String> cells, String column, int max) {
        Integer i = index.get(column);
        String v = i == null || i >= cells.size() || cells.get(i) == null ? "" : cells.get(i).trim();
        if (v.length() > max) {
            throw RuleViolation.invalid(column, "IMPORT_TOO_LONG", "column", written.get(column), "max", max);
        }
        return v;
    }

    private boolean flag(List<String> cells, String column) {
        String v = optional(cells, column, 100);
        return switch (fold(v)) {
            case "", "false", "0", "khong", "no", "n" -> false;
            case "true", "1", "co", "x", "yes", "y" -> true;
            default -> throw RuleViolation.invalid(column, "IMPORT_FLAG", "column", written.get(column), "value", v);
        };
    }

    private LocalDate date(List<String> cells, String column) {
        String v = optional(cells, column, 100);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return v.contains("/") ? LocalDate.parse(v, DAY_MONTH_YEAR) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw RuleViolation.invalid(column, "IMPORT_DATE", "column", written.get(column), "value", v);
        }
    }
}
