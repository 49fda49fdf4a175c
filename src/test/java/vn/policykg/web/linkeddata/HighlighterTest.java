package vn.policykg.web.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykg.web.linkeddata.PageValues.Segment;

/** Source words found in clean clause text, on the shapes the five documents really have. */
class HighlighterTest {

    private static String found(String text, String quote, int estimate) {
        int[] at = Highlighter.locate(text, quote, estimate);
        return at == null ? null : text.substring(at[0], at[1]);
    }

    @Test
    void findsWordsWhoseSourceHasTabsMarkupOrSuperscriptTags() {
        // 004's appendix: tabs in the file, " | " in the clause text.
        assertThat(found("Tỷ lệ che phủ rừng | % | 61,3 | UBND các xã/phường", "Tỷ lệ che phủ rừng\t%\t61,3", 0))
                .isEqualTo("Tỷ lệ che phủ rừng | % | 61,3");
        // Bold markers in the file, none in the text.
        assertThat(found(
                        "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, hướng dẫn",
                        "Ban Tuyên giáo và Dân vận Tỉnh ủy** chủ trì",
                        0))
                .isEqualTo("Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì");
        assertThat(found("đạt khoảng 22,5m² sàn/người", "đạt khoảng 22,5m<sup>2</sup> sàn/người", 0))
                .isEqualTo("đạt khoảng 22,5m² sàn/người");
        // A sign after the last digit belongs to the words.
        assertThat(found("thành thị dưới 2%; tỷ lệ", "thành thị dưới 2%", 0)).isEqualTo("thành thị dưới 2%");
        assertThat(found("khác hẳn", "không có", 0)).isNull();
    }

    @Test
    void ofRepeatedWordsTheOneNearestTheEstimateWins() {
        String text = "đạt 75%; sau đó đạt 75%";
        int[] at = Highlighter.locate(text, "đạt 75%", 17);
        assertThat(at).containsExactly(16, 23);
    }

    @Test
    void overlappingMarksCutTheTextIntoRunsThatKnowTheirFacts() {
        List<Segment> s = Highlighter.segments(
                "abcdef", List.of(new Highlighter.Mark("a", "A", 1, 4), new Highlighter.Mark("b", "B", 3, 5)));
        assertThat(s.stream().map(x -> x.text() + x.facts()).toList())
                .containsExactly("a[]", "bc[a]", "d[a, b]", "e[b]", "f[]");
        assertThat(s.get(2).title()).isEqualTo("A · B");
    }
}
