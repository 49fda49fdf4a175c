package vn.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cutting a written list of bodies into single bodies, and which mentions stay collective. */
class BodyNamesTest {

    private static List<String> bodies(String list) {
        return BodyNames.split(list, 0, list.length()).stream()
                .map(m -> (m.collective() ? "*" : "") + m.asWritten())
                .toList();
    }

    @Test
    void namesHoldingCommasOrAndStayWhole() {
        assertThat(bodies("Bộ Lao động - Thương binh và Xã hội, Thanh tra Chính phủ"))
                .containsExactly("Bộ Lao động - Thương binh và Xã hội", "Thanh tra Chính phủ");
        assertThat(bodies("Bộ Văn hóa, Thể thao và Du lịch, Bộ Y tế"))
                .containsExactly("Bộ Văn hóa, Thể thao và Du lịch", "Bộ Y tế");
        assertThat(bodies("Sở Văn hóa, Thể thao và Du lịch, Báo và Phát thanh, Truyền hình tỉnh"))
                .containsExactly("Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình tỉnh");
        // A table cell that lost the space after its comma still lists two bodies; an abbreviation's comma does not
        // cut.
        assertThat(bodies("Bộ Lao động - Thương binh và Xã hội,Thanh tra Chính phủ"))
                .containsExactly("Bộ Lao động - Thương binh và Xã hội", "Thanh tra Chính phủ");
        assertThat(bodies("Thường trực Ủy ban KH,CN&MT của Quốc hội"))
                .containsExactly("Thường trực Ủy ban KH,CN&MT của Quốc hội");
    }

    @Test
    void aNameEndsAtTheVerbOfItsTask() {
        // 3260-KH/ĐĐQH15: "Văn phòng Đảng đoàn Quốc hội giúp Đảng đoàn Quốc hội theo dõi, đôn đốc …"
        assertThat(bodies("Văn phòng Đảng đoàn Quốc hội giúp Đảng đoàn Quốc hội"))
                .containsExactly("Văn phòng Đảng đoàn Quốc hội");
    }

    @Test
    void twoMinistriesWithoutACommaAreTwo() {
        assertThat(bodies("Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ"))
                .containsExactly("Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ");
        // A ministry's Party committee is one body.
        assertThat(bodies("Ban cán sự đảng Bộ Y tế")).containsExactly("Ban cán sự đảng Bộ Y tế");
        assertThat(bodies("Bộ Chỉ huy Bộ Đội Biên phòng tỉnh")).containsExactly("Bộ Chỉ huy Bộ Đội Biên phòng tỉnh");
    }

    @Test
    void abbreviatedNationalBodiesAreBodies() {
        assertThat(bodies("Ban Tuyên giáo Trung ương; các bộ, ngành, địa phương; VTV, VOV, TTXVN"))
                .containsExactly("Ban Tuyên giáo Trung ương", "*các bộ, ngành, địa phương", "VTV", "VOV", "TTXVN");
    }

    @Test
    void kindsOfBodyWithoutANameAreCollective() {
        assertThat(bodies("Bộ, ngành, địa phương")).containsExactly("*Bộ, ngành, địa phương");
        assertThat(bodies("Các bộ, ngành có liên quan")).containsExactly("*Các bộ, ngành có liên quan");
        assertThat(bodies("Bộ Tư pháp, ngành liên quan")).containsExactly("Bộ Tư pháp", "*ngành liên quan");
        // 3260-KH/ĐĐQH15: the leaders of several bodies are a group, not one body.
        assertThat(bodies("Lãnh đạo các cơ quan thuộc Ủy ban UBTVQH"))
                .containsExactly("*Lãnh đạo các cơ quan thuộc Ủy ban UBTVQH");
        assertThat(bodies("UBND các tỉnh, thành phố trực thuộc Trung ương"))
                .first()
                .asString()
                .startsWith("*UBND các tỉnh");
    }
}
