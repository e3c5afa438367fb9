package vn.reviewledger.kernel.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the line format documented at the top of {@code calendar/vn-calendar.txt}. Sources are read
 * in order into one accumulator, so a later line for a date replaces an earlier one: that is how an
 * operator's extra lines correct the bundled data.
 */
final class CalendarDataParser {

    /**
     * No announced break has come near a month (the longest, Tết, has been 9 or 10 days). A longer
     * range is almost certainly a typo in a year, which would silently swallow months of working days.
     */
    static final int MAX_RANGE_DAYS = 31;

    private static final Pattern YEAR = Pattern.compile("YEAR\\s+(\\d{4})");
    private static final Pattern ENTRY = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:\\.\\.(\\d{4}-\\d{2}-\\d{2}))?\\s+(OFF|WORK)(?:\\s+(.*))?");
    private static final String EXPECTED =
            "expected 'YEAR yyyy', 'yyyy-MM-dd[..yyyy-MM-dd] OFF name' or 'yyyy-MM-dd[..yyyy-MM-dd] WORK [note]'";

    private final Map<LocalDate, MarkedDay> days = new HashMap<>();
    private final Set<Integer> years = new HashSet<>();

    void read(String source, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            readLine(source, i + 1, lines.get(i));
        }
    }

    void read(String source, Reader reader) {
        try (BufferedReader lines = new BufferedReader(reader)) {
            int lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                readLine(source, ++lineNumber, line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    Map<LocalDate, MarkedDay> days() {
        return days;
    }

    Set<Integer> years() {
        return years;
    }

    private void readLine(String source, int lineNumber, String rawLine) {
        String line = withoutComment(rawLine).strip();
        if (line.isEmpty()) {
            return;
        }
        Matcher year = YEAR.matcher(line);
        if (year.matches()) {
            years.add(Integer.parseInt(year.group(1)));
            return;
        }
        Matcher entry = ENTRY.matcher(line);
        if (!entry.matches()) {
            throw malformed(source, lineNumber, EXPECTED + ", got '" + line + "'");
        }
        LocalDate first = date(entry.group(1), source, lineNumber);
        LocalDate last = entry.group(2) == null ? first : date(entry.group(2), source, lineNumber);
        if (last.isBefore(first)) {
            throw malformed(source, lineNumber, "range ends (" + last + ") before it starts (" + first + ")");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_RANGE_DAYS) {
            throw malformed(source, lineNumber, "range " + first + ".." + last + " is longer than "
                    + MAX_RANGE_DAYS + " days; split it or check the year");
        }
        boolean working = entry.group(3).equals("WORK");
        String name = entry.group(4) == null ? "" : Normalizer.normalize(entry.group(4).strip(), Normalizer.Form.NFC);
        if (!working && name.isEmpty()) {
            throw malformed(source, lineNumber, "an OFF line needs a holiday name");
        }
        MarkedDay mark = new MarkedDay(working, name);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.put(day, mark);
        }
    }

    private static String withoutComment(String line) {
        // A byte-order mark left by a Windows editor would otherwise make an operator's first line malformed.
        String text = line.startsWith("\uFEFF") ? line.substring(1) : line;
        int hash = text.indexOf('#');
        return hash < 0 ? text : text.substring(0, hash);
    }

    private static LocalDate date(String text, String source, int lineNumber) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw malformed(source, lineNumber, "'" + text + "' is not a valid date");
        }
    }

    private static IllegalArgumentException malformed(String source, int lineNumber, String problem) {
        return new IllegalArgumentException(source + " line " + lineNumber + ": " + problem);
    }
}
