package vn.reviewledger.kernel.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.reviewledger.kernel.calendar.WorkingDayCalendar;
import vn.reviewledger.kernel.common.Stage;

/**
 * When a stage is due: on a fixed date, or a number of working days after the cycle opens,
 * counted on the Vietnamese calendar. In JSON the first is a plain date and the second a
 * one-field object, so a plan reads as an office writes it.
 */
class DueRuleTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.vietnam();
    /** Friday 1 November 2024. */
    private static final LocalDate FRIDAY = LocalDate.of(2024, 11, 1);

    @Nested
    class Resolving {

        @Test
        void aFixedDate_isDueOnThatDate_whenEverTheCycleOpens() {
            LocalDate date = LocalDate.of(2024, 12, 5);

            assertThat(DueRule.on(date).resolve(FRIDAY, CALENDAR)).isEqualTo(date);
            assertThat(DueRule.on(date).resolve(LocalDate.of(2024, 11, 20), CALENDAR)).isEqualTo(date);
        }

        @Test
        void workingDaysAfterOpening_skipTheWeekend_oneWorkingDayAfterFridayIsMonday() {
            assertThat(DueRule.workingDaysAfterOpening(1).resolve(FRIDAY, CALENDAR)).isEqualTo(LocalDate.of(2024, 11, 4));
            assertThat(DueRule.workingDaysAfterOpening(10).resolve(FRIDAY, CALENDAR)).isEqualTo(LocalDate.of(2024, 11, 15));
        }

        @Test
        void workingDaysAfterOpening_skipTet_threeWorkingDaysAfterMonday5February2024AreThe15th() {
            // 6 and 7 February, then Tết Giáp Thìn from 8 to 14 February, then Thursday the 15th.
            assertThat(DueRule.workingDaysAfterOpening(3).resolve(LocalDate.of(2024, 2, 5), CALENDAR))
                    .isEqualTo(LocalDate.of(2024, 2, 15));
        }

        @Test
        void zeroWorkingDays_isTheOpeningDay_orTheNextWorkingDayWhenItOpensOnADayOff() {
            assertThat(DueRule.workingDaysAfterOpening(0).resolve(FRIDAY, CALENDAR)).isEqualTo(FRIDAY);
            assertThat(DueRule.workingDaysAfterOpening(0).resolve(LocalDate.of(2024, 11, 2), CALENDAR))
                    .isEqualTo(LocalDate.of(2024, 11, 4));
        }
    }

    @Nested
    class Constructing {

        @Test
        void aRuleIsEitherADateOrWorkingDays_notBoth() {
            assertThatThrownBy(() -> new DueRule(FRIDAY, 5)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("either a date or a number of working days");
        }

        @Test
        void aRuleIsEitherADateOrWorkingDays_notNeither() {
            assertThatThrownBy(() -> new DueRule(null, null)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void negativeWorkingDays_areRefused() {
            assertThatThrownBy(() -> DueRule.workingDaysAfterOpening(-1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("-1");
        }

        @Test
        void workingDaysUpTo1000_areAccepted_moreAreRefused() {
            assertThat(DueRule.workingDaysAfterOpening(1000).workingDays()).isEqualTo(1000);
            assertThatThrownBy(() -> DueRule.workingDaysAfterOpening(1001)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Json {

        private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

        @Test
        void aFixedDate_isWrittenAsAPlainDate_andReadBack() throws Exception {
            DueRule rule = DueRule.on(LocalDate.of(2023, 12, 5));

            assertThat(json.writeValueAsString(rule)).isEqualTo("\"2023-12-05\"");
            assertThat(json.readValue("\"2023-12-05\"", DueRule.class)).isEqualTo(rule);
        }

        @Test
        void workingDays_areWrittenAsAOneFieldObject_andReadBack() throws Exception {
            DueRule rule = DueRule.workingDaysAfterOpening(10);

            assertThat(json.writeValueAsString(rule)).isEqualTo("{\"workingDays\":10}");
            assertThat(json.readValue("{\"workingDays\": 10}", DueRule.class)).isEqualTo(rule);
        }

        @Test
        void aWholePlan_mixingBoth_roundTrips() throws Exception {
            Map<Stage, DueRule> plan = new EnumMap<>(Stage.class);
            plan.put(Stage.SELF_REVIEW_SUBMITTED, DueRule.workingDaysAfterOpening(5));
            plan.put(Stage.ANNOUNCED, DueRule.on(LocalDate.of(2024, 12, 23)));

            String written = json.writeValueAsString(plan);
            Map<Stage, DueRule> read = json.readValue(written, new TypeReference<Map<Stage, DueRule>>() { });

            assertThat(written).isEqualTo("{\"SELF_REVIEW_SUBMITTED\":{\"workingDays\":5},\"ANNOUNCED\":\"2024-12-23\"}");
            assertThat(read).isEqualTo(plan);
        }

        @Test
        void somethingThatIsNotADate_isRefusedSayingWhatWasExpected() {
            assertThatThrownBy(() -> json.readValue("\"5 December\"", DueRule.class))
                    .isInstanceOf(ValueInstantiationException.class)
                    .hasMessageContaining("not a date (yyyy-MM-dd): 5 December");
        }

        @Test
        void anObjectWithOtherFields_isRefused() {
            assertThatThrownBy(() -> json.readValue("{\"workingDays\": 5, \"after\": \"meeting\"}", DueRule.class))
                    .isInstanceOf(ValueInstantiationException.class)
                    .hasMessageContaining("expected a date \"yyyy-MM-dd\" or {\"workingDays\": n}");
        }

        @Test
        void negativeWorkingDays_areRefusedWhenRead() {
            assertThatThrownBy(() -> json.readValue("{\"workingDays\": -3}", DueRule.class))
                    .isInstanceOf(ValueInstantiationException.class)
                    .hasMessageContaining("working days must be between 0 and 1000, got -3");
        }
    }
}
