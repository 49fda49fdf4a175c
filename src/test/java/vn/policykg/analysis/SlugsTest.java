package vn.policykg.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void foldsDiacriticsAndDAndJoinsWithHyphens() {
        assertThat(Slugs.of("Tỉnh ủy Lào Cai")).isEqualTo("tinh-uy-lao-cai");
        assertThat(Slugs.of("Sở Lao động - Thương binh và Xã hội")).isEqualTo("so-lao-dong-thuong-binh-va-xa-hoi");
        assertThat(Slugs.of("Đảng ủy")).isEqualTo("dang-uy");
    }

    @Test
    void documentNumbersKeepTheirParts() {
        assertThat(Slugs.of("04/CTr-UBND")).isEqualTo("04-ctr-ubnd");
        assertThat(Slugs.of("42-NQ/TW")).isEqualTo("42-nq-tw");
        assertThat(Slugs.of(" /2026/ ")).isEqualTo("2026");
    }
}
