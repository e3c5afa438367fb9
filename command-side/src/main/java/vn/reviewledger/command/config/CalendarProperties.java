package vn.reviewledger.command.config;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Additions to the shipped Vietnamese calendar, without a rebuild ({@code reviewledger.calendar.*}):
 * a late government notice, or a year past the shipped data. Same line format as
 * {@code calendar/vn-calendar.txt}, e.g. {@code 2028-01-26..2028-02-01 OFF Tết Nguyên đán}.
 *
 * @param file  an operator's calendar file, read after the shipped data
 * @param lines lines read after the file
 */
@ConfigurationProperties("reviewledger.calendar")
public record CalendarProperties(Path file, List<String> lines) {

    public CalendarProperties {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
