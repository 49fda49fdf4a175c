package vn.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import vn.policykg.source.Corpus;

class BudgetExtractorTest {

    @Test
    void vietnameseNumbersGroupThousandsWithDotsAndMarkDecimalsWithCommas() {
        assertThat(VietnameseNumbers.parse("8.300")).isEqualByComparingTo("8300");
        assertThat(VietnameseNumbers.parse("75,5")).isEqualByComparingTo("75.5");
        assertThat(VietnameseNumbers.parse("13.256,92")).isEqualByComparingTo("13256.92");
        assertThat(VietnameseNumbers.parse("90000")).isEqualByComparingTo("90000");
        assertThatThrownBy(() -> VietnameseNumbers.parse("8.30")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void theFundingNeedOf002ByTotalSourceAndYear() {
        List<BudgetLine> lines = BudgetExtractor.extract(Corpus.parsed("002"));
        assertThat(lines)
                .filteredOn(l -> l.kind() == BudgetLine.Kind.TOTAL)
                .singleElement()
                .satisfies(l -> assertThat(l.amount()).isEqualByComparingTo("37250"));
        assertThat(lines)
                .filteredOn(l -> l.kind() == BudgetLine.Kind.SOURCE)
                .extracting(
                        BudgetLine::label,
                        l -> l.amount().intValue(),
                        l -> l.share().doubleValue())
                .containsExactly(
                        Tuple.tuple("Vốn ngân sách trung ương", 4573, 12.3),
                        Tuple.tuple("Vốn ngân sách địa phương", 18827, 50.5),
                        Tuple.tuple("Vốn ODA", 164, 0.4),
                        Tuple.tuple("Vốn huy động doanh nghiệp, cộng đồng, tín dụng", 13685, 36.7));
        assertThat(lines)
                .filteredOn(l -> l.kind() == BudgetLine.Kind.YEAR)
                .extracting(BudgetLine::year, l -> l.amount().intValue())
                .containsExactly(
                        Tuple.tuple(2026, 8372),
                        Tuple.tuple(2027, 7803),
                        Tuple.tuple(2028, 8367),
                        Tuple.tuple(2029, 7256),
                        Tuple.tuple(2030, 5453));
        // The source's own figures do not add up to its total: kept as written, reported by the graph.
        BigDecimal bySource = lines.stream()
                .filter(l -> l.kind() == BudgetLine.Kind.SOURCE)
                .map(BudgetLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal byYear = lines.stream()
                .filter(l -> l.kind() == BudgetLine.Kind.YEAR)
                .map(BudgetLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(bySource).isEqualByComparingTo("37249");
        assertThat(byYear).isEqualByComparingTo("37251");
        for (BudgetLine l : lines)
            assertThat(l.clause().text().substring(l.from(), l.to())).contains(l.label());
    }
}
