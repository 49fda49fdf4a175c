package vn.policykg.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.policykg.analysis.VietnameseAnalyzer.Form;

class VietnameseAnalyzerTest {

    @Test
    void exactSyllablesKeepDiacriticsAndUnifySpellings() {
        assertThat(Tokens.terms(
                        VietnameseAnalyzer.syllables(Form.EXACT), "Giảm nghèo đa chiều, Uỷ ban; bác sỹ/vạn dân"))
                .containsExactly("giảm", "nghèo", "đa", "chiều", "ủy", "ban", "bác", "sỹ", "vạn", "dân");
    }

    @Test
    void foldedSyllablesLoseDiacriticsAndDStroke() {
        assertThat(Tokens.terms(VietnameseAnalyzer.syllables(Form.FOLDED), "Giảm nghèo ĐỒNG bào bác sĩ"))
                .containsExactly("giam", "ngheo", "dong", "bao", "bac", "si");
        assertThat(Tokens.terms(VietnameseAnalyzer.syllables(Form.FOLDED), "bác sỹ"))
                .isEqualTo(Tokens.terms(VietnameseAnalyzer.syllables(Form.FOLDED), "bac si"));
    }

    @Test
    void decomposedInputIsNormalisedAndOffsetsPointIntoTheOriginal() {
        String nfd = Normalizer.normalize("hộ nghèo", Normalizer.Form.NFD);
        assertThat(Tokens.withOffsets(VietnameseAnalyzer.syllables(Form.EXACT), nfd))
                .containsExactly("hộ@0-" + nfd.indexOf(' '), "nghèo@" + (nfd.indexOf(' ') + 1) + "-" + nfd.length());
    }

    @Test
    void numbersStayWhole() {
        assertThat(Tokens.terms(VietnameseAnalyzer.syllables(Form.EXACT), "8.300 căn, 75,5 tuổi, 42-NQ/TW"))
                .containsExactly("8.300", "căn", "75,5", "tuổi", "42", "nq", "tw");
    }

    @Test
    void bigramsPairNeighbours() {
        assertThat(Tokens.terms(VietnameseAnalyzer.bigrams(Form.FOLDED), "nhà ở xã hội"))
                .containsExactly("nha o", "o xa", "xa hoi");
    }

    @Test
    void queriesExpandAbbreviationsBothWays() {
        assertThat(Tokens.withPositions(VietnameseAnalyzer.querySyllables(Form.EXACT), "BHYT"))
                .containsExactly("bảo+1", "bhyt+0", "hiểm+1", "y+1", "tế+1");
        assertThat(Tokens.terms(VietnameseAnalyzer.querySyllables(Form.EXACT), "bảo hiểm y tế"))
                .contains("bhyt");
        assertThat(Tokens.terms(VietnameseAnalyzer.querySyllables(Form.FOLDED), "bao hiem y te"))
                .contains("bhyt");
        assertThat(Tokens.terms(VietnameseAnalyzer.querySyllables(Form.FOLDED), "HĐND"))
                .contains("hoi", "dong", "nhan", "dan");
    }

    @Test
    void anAbbreviationThatFoldsIntoAWordIsExpandedOnlyWithItsDiacritics() {
        // TU (tỉnh ủy) folded is "tu", which is also "tư", "từ", "tự".
        assertThat(Tokens.terms(VietnameseAnalyzer.querySyllables(Form.FOLDED), "từ"))
                .containsExactly("tu");
        assertThat(Tokens.terms(VietnameseAnalyzer.querySyllables(Form.EXACT), "TU"))
                .contains("tỉnh", "ủy");
        assertThat(Tokens.terms(VietnameseAnalyzer.querySyllables(Form.EXACT), "từ"))
                .containsExactly("từ");
    }
}
