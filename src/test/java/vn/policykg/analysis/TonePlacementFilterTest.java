package vn.policykg.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class TonePlacementFilterTest {

    private final Analyzer analyzer = Tokens.whitespaceThen(TonePlacementFilter::new);

    @Test
    void oldAndNewPlacementOfOpenSyllablesBecomeOne() {
        assertThat(Tokens.terms(analyzer, "hoà thuỷ khoẻ uỷ hoá")).containsExactly("hòa", "thủy", "khỏe", "ủy", "hóa");
        assertThat(Tokens.terms(analyzer, "hòa thủy khỏe ủy hóa")).containsExactly("hòa", "thủy", "khỏe", "ủy", "hóa");
    }

    @Test
    void closedSyllablesAndQuKeepTheirMark() {
        // "hoàn", "toàn": the mark belongs on a before a final consonant; "quý": qu is the initial.
        assertThat(Tokens.terms(analyzer, "hoàn toàn quý thuyền")).containsExactly("hoàn", "toàn", "quý", "thuyền");
    }

    @Test
    void offsetsAreUntouched() {
        assertThat(Tokens.withOffsets(analyzer, "hoà bình")).containsExactly("hòa@0-3", "bình@4-8");
    }
}
