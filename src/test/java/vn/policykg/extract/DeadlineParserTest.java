package vn.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Trong tháng 5/2026.                                     | WITHIN      | 2026-05-01 | 2026-05-31 | Trong tháng 5/2026
        Hoàn thành trong tháng 7/2026.                          | WITHIN      | 2026-07-01 | 2026-07-31 | Hoàn thành trong tháng 7/2026
        Hoàn thành trong Quý II/2026.                           | WITHIN      | 2026-04-01 | 2026-06-30 | Hoàn thành trong Quý II/2026
        Trong Quý III/2026.                                     | WITHIN      | 2026-07-01 | 2026-09-30 | Trong Quý III/2026
        (Hoàn thành trong Quý II/2024)                          | WITHIN      | 2024-04-01 | 2024-06-30 | Hoàn thành trong Quý II/2024
        Hoàn thành xong trước ngày 30/8/2026.                   | BEFORE      |            | 2026-08-30 | Hoàn thành xong trước ngày 30/8/2026
        Dự kiến hoàn thành trong năm 2027                       | WITHIN      | 2027-01-01 | 2027-12-31 | Dự kiến hoàn thành trong năm 2027
        dự kiến từ năm 2028                                     | START       | 2028-01-01 |            | dự kiến từ năm 2028
        trong giai đoạn 2026-2030                               | PERIOD      | 2026-01-01 | 2030-12-31 | giai đoạn 2026-2030
        Hằng năm, xây dựng kế hoạch                             | ANNUAL      |            |            | Hằng năm
        kiểm tra thường xuyên                                   | CONTINUOUS  |            |            | thường xuyên
        Hoàn thành trước ngày 15 tháng 12 năm 2026.             | BEFORE      |            | 2026-12-15 | Hoàn thành trước ngày 15 tháng 12 năm 2026
        Nhiệm vụ đến năm 2030                                   | BEFORE      |            | 2030-12-31 | đến năm 2030
        thực hiện từ năm 2027                                   | START       | 2027-01-01 |            | từ năm 2027
        2025 và những năm tiếp theo                             | START       | 2025-01-01 |            | 2025 và những năm tiếp theo
        từ năm 2026 đến năm 2030                                | PERIOD      | 2026-01-01 | 2030-12-31 | từ năm 2026 đến năm 2030
        MỤC TIÊU ĐẾN NĂM 2030                                   | BEFORE      |            | 2030-12-31 | ĐẾN NĂM 2030
        HOÀN THÀNH TRƯỚC NGÀY 30/6/2026                         | BEFORE      |            | 2026-06-30 | HOÀN THÀNH TRƯỚC NGÀY 30/6/2026
        KẾ HOẠCH GIAI ĐOẠN 2026 - 2030                          | PERIOD      | 2026-01-01 | 2030-12-31 | GIAI ĐOẠN 2026 - 2030
        """)
    void readsTheDeadlinePhrasesOfTheSources(
            String text, Deadline.Kind kind, LocalDate start, LocalDate end, String words) {
        Deadline d = DeadlineParser.parse(text);
        assertThat(d).isNotNull();
        assertThat(d.kind()).isEqualTo(kind);
        assertThat(d.start()).isEqualTo(start);
        assertThat(d.end()).isEqualTo(end);
        assertThat(d.words()).isEqualTo(words);
        assertThat(text.substring(d.from(), d.to())).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        Hằng năm, xây dựng kế hoạch                                 | FREQ=YEARLY                          | Hằng năm
        báo cáo Ban Thường vụ trước ngày 15 tháng 12 hằng năm       | FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15 | trước ngày 15 tháng 12 hằng năm
        gửi báo cáo trước ngày 20/6 hàng năm                        | FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=20  | trước ngày 20/6 hàng năm
        Định kỳ 6 tháng, sơ kết việc thực hiện                      | FREQ=MONTHLY;INTERVAL=6              | Định kỳ 6 tháng
        hằng quý báo cáo kết quả                                    | FREQ=MONTHLY;INTERVAL=3              | hằng quý
        """)
    void recurringDeadlinesCarryTheirRule(String text, String rule, String words) {
        Deadline d = DeadlineParser.parse(text);
        assertThat(d.kind()).isEqualTo(Deadline.Kind.ANNUAL);
        assertThat(d.recurrence()).isEqualTo(rule);
        assertThat(d.words()).isEqualTo(words);
        assertThat(d.start()).isNull();
        assertThat(d.end()).isNull();
    }

    @Test
    void aYearThenEveryYearEndsItsFirstRoundWithThatYear() {
        Deadline d = DeadlineParser.parse("2026 và hằng năm");
        assertThat(d.kind()).isEqualTo(Deadline.Kind.ANNUAL);
        assertThat(d.recurrence()).isEqualTo("FREQ=YEARLY");
        assertThat(d.end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(d.words()).isEqualTo("2026 và hằng năm");
    }

    @Test
    void aYearWithAConditionKeepsTheCondition() {
        Deadline d = DeadlineParser.parse(
                "Năm 2026 (sau khi hướng dẫn triển khai thực hiện Chương trình mục tiêu quốc gia của Trung ương).");
        assertThat(d.kind()).isEqualTo(Deadline.Kind.CONDITIONAL);
        assertThat(d.end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(d.condition())
                .isEqualTo("sau khi hướng dẫn triển khai thực hiện Chương trình mục tiêu quốc gia của Trung ương");
    }

    @Test
    void expectedDeadlinesSayWhetherTheyAreOnlyExpected() {
        assertThat(DeadlineParser.parse("Dự kiến hoàn thành trong năm 2027").expected())
                .isTrue();
        assertThat(DeadlineParser.parse("Trong tháng 5/2026").expected()).isFalse();
    }

    @Test
    void impossibleDatesAndTextWithoutDeadlinesGiveNothing() {
        assertThat(DeadlineParser.parse("trước ngày 31/2/2026")).isNull();
        assertThat(DeadlineParser.parse("trong tháng 13/2026")).isNull();
        assertThat(DeadlineParser.parse("Tỷ lệ hộ nghèo giảm 3%/năm")).isNull();
    }

    @Test
    void findsEveryPhraseOfALongerTextInOrderWithoutOverlaps() {
        var all = DeadlineParser.findAll(
                "Hoàn thành trong Quý I/2026; rà soát hằng năm; giai đoạn 2026-2030 hoàn thành trước ngày 31/12/2027.");
        assertThat(all)
                .extracting(Deadline::kind)
                .containsExactly(
                        Deadline.Kind.WITHIN, Deadline.Kind.ANNUAL, Deadline.Kind.PERIOD, Deadline.Kind.BEFORE);
    }
}
