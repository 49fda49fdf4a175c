package vn.policykg.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class IySpellingFilterTest {

    private final Analyzer exact = Tokens.whitespaceThen(IySpellingFilter::exact);
    private final Analyzer folded = Tokens.whitespaceThen(IySpellingFilter::folded);

    @Test
    void tonedIAndYAfterTheCuratedInitialsAreOneSyllable() {
        assertThat(Tokens.terms(exact, "bác sĩ kĩ thuật tỉ lệ mĩ thuật lí luận kì họp qui định"))
                .containsExactly(
                        "bác", "sỹ", "kỹ", "thuật", "tỷ", "lệ", "mỹ", "thuật", "lý", "luận", "kỳ", "họp", "quy",
                        "định");
        assertThat(Tokens.terms(exact, "sỹ kỹ tỷ quy")).containsExactly("sỹ", "kỹ", "tỷ", "quy");
    }

    @Test
    void otherSyllablesWithIOrYAreLeftAlone() {
        // "thi" (exam), "mi", "li", "ti", "hy" without a tone, and any other initial, are not spelling pairs.
        assertThat(Tokens.terms(exact, "thi mi li ti ky hy y tế chính trị"))
                .containsExactly("thi", "mi", "li", "ti", "ky", "hy", "y", "tế", "chính", "trị");
    }

    @Test
    void foldedSyllablesMeetOnI() {
        assertThat(Tokens.terms(folded, "sy ky ty quy thy y")).containsExactly("si", "ki", "ti", "qui", "thy", "y");
    }
}
