package vn.policykg.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToneMarksTest {

    @Test
    void modernMovesTheMarkOfAnOpenSyllableEvenWhenWrittenDecomposed() {
        assertThat(ToneMarks.modern("Hoà Bình, thuỷ lợi")).isEqualTo("Hòa Bình, thủy lợi");
        // "o", "a", combining grave: NFC first, then the mark moves.
        assertThat(ToneMarks.modern("hoa\u0300")).isEqualTo("hòa");
        assertThat(ToneMarks.modern("quý, hoàn toàn")).isEqualTo("quý, hoàn toàn");
    }

    @Test
    void plainlyModernOnlyWhenModernChangesNothing() {
        for (String s : new String[] {
            "hòa", "hoà", "HOÀ", "quý", "hoàn", "bảo hiểm y tế", "ủy", "uỷ", "hoa\u0300", "Vie\u0302\u0323t", "BHYT", ""
        }) if (ToneMarks.plainlyModern(s)) assertThat(ToneMarks.modern(s)).as(s).isEqualTo(s);
        assertThat(ToneMarks.plainlyModern("bảo hiểm y tế")).isTrue();
        assertThat(ToneMarks.plainlyModern("ủy")).isTrue();
        assertThat(ToneMarks.plainlyModern("hoà")).isFalse();
        assertThat(ToneMarks.plainlyModern("HOÀ")).isFalse();
        // Not NFC: modern would compose it.
        assertThat(ToneMarks.plainlyModern("Vie\u0302\u0323t")).isFalse();
    }
}
