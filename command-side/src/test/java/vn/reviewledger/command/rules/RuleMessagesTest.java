package vn.reviewledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reviewledger.command.rules.Violations.refusal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.common.DisciplineForm;
import vn.reviewledger.kernel.common.LeaveKind;
import vn.reviewledger.kernel.common.OpinionSource;
import vn.reviewledger.kernel.common.Rating;
import vn.reviewledger.kernel.common.RuleParameters;
import vn.reviewledger.kernel.common.RuleSetId;
import vn.reviewledger.kernel.common.SelfReviewForm;
import vn.reviewledger.kernel.common.Stage;
import vn.reviewledger.kernel.common.SubjectKind;
import vn.reviewledger.kernel.review.ReviewEvents.DisciplineRecorded;
import vn.reviewledger.kernel.review.ReviewEvents.LeaveRecorded;

/**
 * Every refusal reaches a secretary in words: each rule code the command side raises has a message
 * in Vietnamese (the default bundle) and in English, and each message names only values the code
 * passes, so nothing renders as a raw {@code {placeholder}}. The codes are read from the sources, so
 * a new rule without words fails here rather than in front of a user.
 */
class RuleMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String BUNDLE_PATH = "/messages";
    private static final Pattern CALL = Pattern.compile("RuleViolation\\.(conflict|invalid|notFound)\\(");
    private static final Pattern RENDER = Pattern.compile("RuleMessages\\.render\\(");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** One place in the sources that raises (or renders) a code, with the value names it passes. */
    record Site(String file, String code, Set<String> names) {
    }

    private static List<Site> sites;
    private static Properties vietnamese;
    private static Properties english;

    @BeforeAll
    static void readSourcesAndBundles() throws IOException {
        sites = scan();
        vietnamese = bundle(BUNDLE_PATH + ".properties");
        english = bundle(BUNDLE_PATH + "_en.properties");
    }

    // ---- the codes in the sources -----------------------------------------------------------------

    @Test
    void scanner_findsTheRuleCodesOfEveryFeature() {
        // Guards the scan itself: a broken pattern would otherwise make the checks below pass vacuously.
        Set<String> codes = codes();
        assertThat(codes).contains("QUORUM", "STAGE_ORDER", "SCORE_RANGE", "COMPLAINTS_OPEN", "QUOTA_GROUP_MISMATCH",
                "UNIT_CYCLE", "CYCLE_NOT_FOUND", "IF_MATCH_INVALID", "NOT_FOUND", "STALE_VERSION");
        assertThat(sites).hasSizeGreaterThan(60);
        assertThat(sites).allSatisfy(s -> assertThat(s.code()).as(s.file()).matches("[A-Z][A-Z0-9_]*"));
    }

    @Test
    void messages_everyRuleCodeHasAVietnameseAndAnEnglishMessage() {
        SoftAssertions soft = new SoftAssertions();
        for (String code : codes()) {
            soft.assertThat(vietnamese.getProperty(code)).as("Vietnamese message for %s", code).isNotBlank();
            soft.assertThat(english.getProperty(code)).as("English message for %s", code).isNotBlank();
        }
        soft.assertAll();
    }

    @Test
    void messages_nameOnlyTheValuesTheCodePasses_atEveryPlaceItIsRaised() {
        SoftAssertions soft = new SoftAssertions();
        for (Site site : sites) {
            for (Properties bundle : List.of(vietnamese, english)) {
                String text = bundle.getProperty(site.code());
                if (text == null) {
                    continue; // reported by the test above
                }
                soft.assertThat(site.names()).as("%s in %s passes the names its message uses: %s", site.code(), site.file(), text)
                        .containsAll(placeholders(text));
            }
        }
        soft.assertAll();
    }

    @Test
    void messages_renderWithoutLeftoverPlaceholders_whenGivenTheNamesOfEachSite() {
        SoftAssertions soft = new SoftAssertions();
        for (Site site : sites) {
            Map<String, Object> args = new LinkedHashMap<>();
            site.names().forEach(n -> args.put(n, "x"));
            for (Locale locale : List.of(RuleMessages.VIETNAMESE, Locale.ENGLISH)) {
                soft.assertThat(RuleMessages.render(site.code(), args, locale))
                        .as("%s (%s) from %s", site.code(), locale, site.file()).doesNotContain("{", "}");
            }
        }
        soft.assertAll();
    }

    @Test
    void messages_bothBundlesHaveTheSameKeysAndTheSamePlaceholders() {
        assertThat(english.stringPropertyNames()).isEqualTo(vietnamese.stringPropertyNames());
        SoftAssertions soft = new SoftAssertions();
        for (String key : vietnamese.stringPropertyNames()) {
            soft.assertThat(placeholders(english.getProperty(key))).as("placeholders of %s", key)
                    .isEqualTo(placeholders(vietnamese.getProperty(key)));
        }
        soft.assertAll();
    }

    @Test
    void messages_theTitlesTheErrorAnswersUseExistInBothLanguages() {
        for (String title : List.of("title.VALIDATION", "title.NOT_FOUND", "title.CONFLICT", "title.STALE_VERSION",
                "title.INTERNAL", "validation.NotNull", "validation.Invalid")) {
            assertThat(RuleMessages.template(title, RuleMessages.VIETNAMESE)).as(title).isPresent();
            assertThat(english.getProperty(title)).as(title).isNotBlank();
        }
    }

    // ---- real refusals, rendered ---------------------------------------------------------------------

    /** One real refusal from each rule class, with the very arguments the rule passes. */
    private static List<RuleViolation> realRefusals() {
        RuleSet reg124 = RuleSet.of(RuleSetId.REG_124, RuleParameters.reg124Defaults());
        RatingContext disciplined = new RatingContext(SubjectKind.PARTY_MEMBER, 2024,
                List.of(new DisciplineRecorded("r", LocalDate.of(2024, 5, 10), DisciplineForm.KHIEN_TRACH, false, false)),
                List.of(), false, null, null);
        RatingContext longLeave = new RatingContext(SubjectKind.PARTY_MEMBER, 2024, List.of(),
                List.of(new LeaveRecorded("r", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 8, 31), LeaveKind.UNPAID)),
                false, null, null);
        RatingContext someLeave = new RatingContext(SubjectKind.PARTY_MEMBER, 2024, List.of(),
                List.of(new LeaveRecorded("r", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 30), LeaveKind.SICK)),
                false, null, null);
        RatingContext civilServant = new RatingContext(SubjectKind.PARTY_MEMBER, 2024, List.of(), List.of(), true, null, null);
        RatingContext civilServantGood = new RatingContext(SubjectKind.PARTY_MEMBER, 2024, List.of(), List.of(), true,
                Rating.GOOD, null);
        ScoreBandRule band = new ScoreBandRule(90, 70, 50);
        RatingContext score89 = new RatingContext(SubjectKind.PARTY_MEMBER, 2025, List.of(), List.of(), false, null, 89);
        RatingContext stateNotComplete = new RatingContext(SubjectKind.PARTY_MEMBER, 2024, List.of(), List.of(), true,
                Rating.NOT_COMPLETE, null);
        RatingContext shortcomings = new RatingContext(SubjectKind.PARTY_MEMBER, 2025, List.of(), List.of(), false, null,
                95, null, 2);
        RuleSet reg366 = RuleSet.of(RuleSetId.REG_366, null);
        DisciplineRecorded excused = new DisciplineRecorded("r", LocalDate.of(2025, 5, 10), DisciplineForm.KHIEN_TRACH,
                true, true);
        CollectiveStatus cellGood = new CollectiveStatus("rv-cb", "cb", "Chi bộ Văn phòng", Rating.GOOD);
        return List.of(
                refusal(() -> reg366.checkRating(new RatingContext(SubjectKind.PARTY_MEMBER, 2025, List.of(), List.of(),
                        false, null, 95, null, 0), Rating.GOOD)),
                refusal(() -> new DutyDisciplineRule().check(new RatingContext(SubjectKind.PARTY_MEMBER, 2025,
                        List.of(excused), List.of(), false, null, 80), Rating.GOOD)),
                refusal(() -> new CivilServantRule().check(stateNotComplete, Rating.COMPLETE)),
                refusal(() -> new ExcellentConditionsRule().check(shortcomings, Rating.EXCELLENT)),
                refusal(() -> new ExcellentConditionsRule().checkRecord(vn.reviewledger.kernel.common.Stage.VOTED, 1, 2)),
                refusal(() -> new VoteMeetingRule().check(6, null, 12, 11)),
                refusal(() -> new ExemptionRule().check(SubjectKind.PARTY_ORGANIZATION,
                        vn.reviewledger.kernel.common.ExemptionReason.SUSPENDED, Stage.OPENED)),
                refusal(() -> new ComplaintRule(true).checkDecision(List.of("k-1"))),
                refusal(() -> new HeadNotAboveCollectiveRule().check("Bí thư", Rating.EXCELLENT, List.of(cellGood))),
                refusal(() -> new OrganizationAfterMembersRule().check("Đảng bộ", 3)),
                refusal(() -> new CollectiveDisciplineRule(new BigDecimal("0.2")).check("Đảng bộ", Rating.GOOD,
                        new CollectiveFacts(SubjectKind.PARTY_ORGANIZATION, 0, 0, 4, 1, "rv-1"))),
                refusal(() -> new LeadershipDisciplineRule().check("Ban Thường vụ", Rating.GOOD,
                        new CollectiveFacts(SubjectKind.LEADERSHIP_COLLECTIVE, 1, 1, 0, 0, "rv-1"))),
                refusal(() -> new QuotaShareRule(new BigDecimal("0.2"), new BigDecimal("0.25")).check("g", new BigDecimal("0.3"), "x")),
                refusal(() -> new QuotaShareRule(new BigDecimal("0.2"), new BigDecimal("0.25")).check("g", new BigDecimal("0.25"), null)),
                refusal(() -> reg124.stageOrder.require(Stage.OPENED, Stage.OPINIONS_COLLECTED, Stage.MEETING_HELD)),
                refusal(() -> reg124.stageOrder.requireDecided(Stage.PROPOSED)),
                refusal(() -> reg124.stageOrder.requireOpen(Stage.CLOSED)),
                refusal(() -> reg124.selfReviewForm.check(SubjectKind.PARTY_MEMBER, true, false, SelfReviewForm.F02A)),
                refusal(() -> SelfAssessmentRule.rating().check(null, null)),
                refusal(() -> SelfAssessmentRule.score(band).check(null, null)),
                refusal(() -> SelfAssessmentRule.score(band).check(null, 120)),
                refusal(() -> reg124.opinionSources.check(SubjectKind.LEADERSHIP_CADRE, EnumSet.noneOf(OpinionSource.class))),
                refusal(() -> reg124.quorum.check(10, 5, 2)),
                refusal(() -> reg124.quorum.check(0, 0, 0)),
                refusal(() -> reg124.quorum.check(10, 12, 0)),
                refusal(() -> reg124.quorum.check(10, 8, 5)),
                refusal(() -> reg124.vote.outcome(10, 9, Map.of())),
                refusal(() -> reg124.vote.outcome(10, 9, Map.of(Rating.GOOD, -2))),
                refusal(() -> reg124.vote.outcome(10, 5, Map.of(Rating.GOOD, 6))),
                refusal(() -> reg124.proposalReason.check(Rating.GOOD, Rating.EXCELLENT, null)),
                refusal(() -> new DisciplineCapRule().check(disciplined, Rating.GOOD)),
                refusal(() -> reg124.leave.check(longLeave, Rating.GOOD)),
                refusal(() -> reg124.leave.check(someLeave, Rating.GOOD)),
                refusal(() -> new CivilServantRule().check(civilServant, Rating.GOOD)),
                refusal(() -> new CivilServantRule().check(civilServantGood, Rating.EXCELLENT)),
                refusal(() -> band.check(score89, Rating.EXCELLENT)),
                refusal(() -> band.check(new RatingContext(SubjectKind.PARTY_MEMBER, 2025, List.of(), List.of(), false, null,
                        null), Rating.GOOD)),
                refusal(() -> band.check(new RatingContext(SubjectKind.PARTY_MEMBER, 2025, List.of(), List.of(), false, null,
                        -3), Rating.GOOD)));
    }

    @Test
    void realRefusals_renderCompletelyInBothLanguages() {
        SoftAssertions soft = new SoftAssertions();
        for (RuleViolation v : realRefusals()) {
            for (Locale locale : List.of(RuleMessages.VIETNAMESE, Locale.ENGLISH)) {
                String text = v.message(locale);
                soft.assertThat(text).as("%s in %s", v.rule(), locale)
                        .doesNotContain("{", "}")
                        .doesNotStartWith(v.rule() + " ");
            }
        }
        soft.assertAll();
    }

    @Test
    void realRefusals_showRatingsStagesAndSourcesByTheirLabelsNotTheirCodes() {
        SoftAssertions soft = new SoftAssertions();
        int enumValues = 0;
        for (RuleViolation v : realRefusals()) {
            for (Object value : v.args().values()) {
                List<?> items = value instanceof Iterable<?> it ? listOf(it) : List.of(value);
                for (Object item : items) {
                    if (item instanceof Rating || item instanceof Stage || item instanceof OpinionSource) {
                        enumValues++;
                        for (Locale locale : List.of(RuleMessages.VIETNAMESE, Locale.ENGLISH)) {
                            soft.assertThat(v.message(locale)).as("%s in %s", v.rule(), locale)
                                    .doesNotContain(((Enum<?>) item).name());
                        }
                    }
                }
            }
        }
        soft.assertAll();
        assertThat(enumValues).as("refusals carrying ratings, stages or sources").isGreaterThan(10);
    }

    private static List<?> listOf(Iterable<?> items) {
        List<Object> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }

    @Test
    void vietnamese_isTheDefaultAndKeepsItsDiacritics() {
        RuleViolation v = refusal(() -> new QuorumRule(new BigDecimal("0.5")).check(10, 5, 0));

        String expected = "Hội nghị kiểm điểm không đủ số lượng: có mặt 5/10 đảng viên chính thức, cần ít nhất 6.";
        assertThat(v.getMessage()).isEqualTo(expected);
        assertThat(v.message(RuleMessages.VIETNAMESE)).isEqualTo(expected);
        assertThat(v.message(null)).isEqualTo(expected);
        // A language without its own bundle gets Vietnamese, never the JVM's default locale.
        assertThat(v.message(Locale.FRENCH)).isEqualTo(expected);
    }

    @Test
    void vietnamese_ratingLabelsKeepTheirDiacritics() {
        RuleViolation v = refusal(() -> new ScoreBandRule(90, 70, 50).check(
                new RatingContext(SubjectKind.PARTY_MEMBER, 2025, List.of(), List.of(), false, null, 89), Rating.EXCELLENT));

        assertThat(v.getMessage()).isEqualTo(
                "Điểm 89 chỉ đạt tối đa mức «Hoàn thành tốt nhiệm vụ», không thể xếp «Hoàn thành xuất sắc nhiệm vụ».");
    }

    @Test
    void english_isRenderedForAnEnglishLocale() {
        RuleViolation v = refusal(() -> new QuorumRule(new BigDecimal("0.5")).check(10, 5, 0));

        assertThat(v.message(Locale.ENGLISH))
                .isEqualTo("The review meeting has no quorum: 5 of 10 official members present, at least 6 needed.");
        assertThat(v.message(Locale.forLanguageTag("en-GB"))).startsWith("The review meeting has no quorum");
    }

    @Test
    void vietnamese_listsOfSourcesAndStagesAreJoinedByTheirLabels() {
        RuleViolation sources = refusal(() -> new RequiredOpinionSourcesRule(RuleParameters.reg124Defaults())
                .check(SubjectKind.LEADERSHIP_CADRE, EnumSet.noneOf(OpinionSource.class)));
        assertThat(sources.getMessage()).contains("Chi ủy nơi cư trú, Tập thể lãnh đạo");

        RuleViolation order = refusal(() -> new StageOrderRule().requireDecided(Stage.PROPOSED));
        assertThat(order.getMessage()).contains("«Đã đề xuất xếp loại»").contains("Đã quyết định xếp loại, Đã thông báo kết quả");
    }

    // ---- reading sources and bundles -------------------------------------------------------------

    private static Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        sites.forEach(s -> codes.add(s.code()));
        return codes;
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Properties bundle(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RuleMessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
        }
        return p;
    }

    private static List<Site> scan() throws IOException {
        assertThat(SOURCES).as("tests run from the command-side module directory").isDirectory();
        List<Site> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String src = Files.readString(file, StandardCharsets.UTF_8);
                String name = SOURCES.relativize(file).toString();
                Matcher call = CALL.matcher(src);
                while (call.find()) {
                    List<String> args = arguments(src, call.end());
                    // invalid(field, code, ...) names the request field first; the others start with the code.
                    int codeAt = call.group(1).equals("invalid") ? 1 : 0;
                    found.add(new Site(name, literal(args.get(codeAt), name), names(args.subList(codeAt + 1, args.size()), name)));
                }
                Matcher render = RENDER.matcher(src);
                while (render.find()) {
                    List<String> args = arguments(src, render.end());
                    String first = args.get(0).trim();
                    // Only literal codes can be checked here; computed keys (titles, validation.*) are checked above.
                    if (first.startsWith("\"") && first.endsWith("\"") && !first.contains("+")) {
                        found.add(new Site(name, literal(first, name), mapOfNames(args.get(1))));
                    }
                }
            }
        }
        return found;
    }

    /** The value names of a call: every other argument after the code, each a string literal. */
    private static Set<String> names(List<String> pairs, String file) {
        assertThat(pairs.size() % 2).as("name/value pairs in %s", file).isZero();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < pairs.size(); i += 2) {
            names.add(literal(pairs.get(i), file));
        }
        return names;
    }

    /** The keys of a {@code Map.of("a", x, "b", y)} argument. */
    private static Set<String> mapOfNames(String expression) {
        String e = expression.trim();
        if (!e.startsWith("Map.of(")) {
            return Set.of(); // a map built elsewhere: its names cannot be read here
        }
        List<String> entries = arguments(e, "Map.of(".length());
        if (entries.size() == 1 && entries.get(0).isBlank()) {
            return Set.of();
        }
        return names(entries, "Map.of");
    }

    private static String literal(String argument, String file) {
        Matcher m = LITERAL.matcher(argument.trim());
        assertThat(m.matches()).as("a string literal in %s, got: %s", file, argument).isTrue();
        return m.group(1);
    }

    /** Splits the argument list that starts at {@code from} (just after the opening parenthesis). */
    private static List<String> arguments(String src, int from) {
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = from; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '"' || c == '\'') {
                int end = endOfLiteral(src, i, c);
                current.append(src, i, end + 1);
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    args.add(current.toString());
                    return args;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                args.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        throw new IllegalStateException("unbalanced call at " + from);
    }

    private static int endOfLiteral(String src, int start, char quote) {
        for (int i = start + 1; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        throw new IllegalStateException("unterminated literal at " + start);
    }
}
