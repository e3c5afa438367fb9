package vn.reviewledger.query.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.reviewledger.kernel.common.OpinionSource;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.platform.i18n.Words;

/**
 * The one bundle set stays whole (after spring-petclinic's {@code I18nPropertiesSyncTest}): every
 * key has words in Vietnamese and in English, every key a screen asks for exists, every enum the
 * screens and the rules label has its labels, and the Vietnamese letters survive the trip from the
 * file to the screen. A word added in one language only fails here, not in front of a user.
 */
class I18nPropertiesSyncTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");

    private static Properties vietnamese;
    private static Properties english;

    @BeforeAll
    static void readBundles() throws IOException {
        vietnamese = bundle("/messages.properties");
        english = bundle("/messages_en.properties");
    }

    @Test
    void everyKeyIsInBothLanguages() {
        Set<String> onlyVietnamese = new TreeSet<>(vietnamese.stringPropertyNames());
        onlyVietnamese.removeAll(english.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(vietnamese.stringPropertyNames());
        assertThat(onlyVietnamese).as("keys with Vietnamese words and no English").isEmpty();
        assertThat(onlyEnglish).as("keys with English words and no Vietnamese").isEmpty();
        assertThat(vietnamese.stringPropertyNames()).hasSizeGreaterThan(300);
    }

    @Test
    void noKeyIsBlank() {
        for (Properties bundle : List.of(vietnamese, english)) {
            assertThat(bundle.stringPropertyNames()).allSatisfy(k ->
                    assertThat(bundle.getProperty(k)).as(k).isNotBlank());
        }
    }

    @Test
    void everyKeyAScreenAsksForExists() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!vietnamese.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyLabelledEnumValueHasItsLabel() {
        List<Enum<?>> values = new ArrayList<>();
        values.addAll(List.of(Stage.values()));
        values.addAll(List.of(Rating.values()));
        values.addAll(List.of(SubjectKind.values()));
        values.addAll(List.of(OpinionSource.values()));
        for (Enum<?> value : values) {
            assertThat(vietnamese.getProperty(Words.labelKey(value))).as(Words.labelKey(value)).isNotBlank();
            assertThat(english.getProperty(Words.labelKey(value))).as(Words.labelKey(value)).isNotBlank();
        }
    }

    @Test
    void vietnameseLettersSurviveFromTheFileToBothReaders() {
        // The files are UTF-8: java.util.ResourceBundle reads them so (Java 9+), and Boot's
        // spring.messages.encoding defaults to UTF-8. An ISO-8859-1 reader would turn "Đã mở" into mojibake.
        assertThat(vietnamese.getProperty("stage.OPENED")).isEqualTo("Đã mở");
        assertThat(Words.label(Stage.OPENED, Words.VIETNAMESE)).isEqualTo("Đã mở");
        assertThat(Words.label(Stage.OPENED, Locale.ENGLISH)).isEqualTo("Opened");
        ResourceBundleMessageSource spring = new ResourceBundleMessageSource();
        spring.setBasename("messages");
        spring.setDefaultEncoding(StandardCharsets.UTF_8.name());
        spring.setFallbackToSystemLocale(false);
        assertThat(spring.getMessage("rating.EXCELLENT", null, Words.VIETNAMESE)).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
        assertThat(spring.getMessage("rating.EXCELLENT", null, Locale.ENGLISH)).isEqualTo("Excellently completed duties");
    }

    @Test
    void noCodeChoosesItsWordsWithAnInlineLanguageTest() throws IOException {
        // Words live in the bundle: `en ? "…" : "…"` in code is a word the sync checks above cannot see.
        Pattern inline = Pattern.compile("\\b(en|english)\\s*\\?\\s*\"");
        List<String> found = new ArrayList<>();
        for (String module : List.of("../platform", "../command-side", "../query-side", "../shared-kernel")) {
            Path sources = Path.of(module, "src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (inline.matcher(lines.get(i)).find()) {
                            found.add(file.getFileName() + ":" + (i + 1));
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static Properties bundle(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18nPropertiesSyncTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
