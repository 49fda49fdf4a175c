package vn.policykg.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Exact results on real gazette documents (skipped without the shared corpus) and on small texts. */
class LegalStructureParserTest {

    private static ParsedDocument gazette(String path) {
        Path file = LegalStructureCorpusTest.GAZETTE.resolve(path);
        Assumptions.assumeTrue(Files.isRegularFile(file), "no gazette text at " + file.toAbsolutePath());
        SourceText src = SourceText.read(file);
        assertThat(StructureRecognizers.choose(src)).isSameAs(StructureRecognizers.LEGAL);
        return StructureRecognizers.parse(src);
    }

    private static Clause clause(ParsedDocument doc, String eId) {
        Clause c = doc.byEId(eId);
        assertThat(c).as("clause %s", eId).isNotNull();
        return c;
    }

    private static List<String> articles(ParsedDocument doc) {
        return doc.allClauses().stream()
                .filter(c -> c.kind() == ClauseKind.ARTICLE)
                .map(Clause::number)
                .toList();
    }

    @Test
    void anArticleQuotedInAnAmendingClauseBelongsToThatClause() {
        ParsedDocument law = gazette("bhxh/luat-so-51-2024-qh15-43559.txt");
        assertThat(articles(law)).containsExactly("1", "2", "3");
        Clause amending = clause(law, "art_1__para_4");
        assertThat(amending.numberPath()).isEqualTo("Đ1.4");
        assertThat(amending.text())
                .startsWith("Sửa đổi, bổ sung Điều 7a như sau:")
                .contains(
                        "“Điều 7a. Trách nhiệm của Bộ Lao động - Thương binh và Xã hội 1. Chỉ đạo, hướng dẫn tổ chức thực hiện")
                .endsWith("trừ đối tượng do Bộ Quốc phòng và Bộ Công an quản lý.”.");
        assertThat(amending.children()).isEmpty();
        assertThat(clause(law, "art_1__para_5__point_a").text()).startsWith("Sửa đổi, bổ sung khoản 1 như sau:");
        assertThat(clause(law, "preamble").text())
                .startsWith("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;");
        assertThat(clause(law, "conclusions").text())
                .startsWith("Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV")
                .endsWith("CHỦ TỊCH QUỐC HỘI Trần Thanh Mẫn");
    }

    @Test
    void aDecreeKeepsChaptersArticlesKhoanAndDiem() {
        ParsedDocument decree = gazette("bhxh/nghi-dinh-so-158-2025-nd-cp-45240.txt");
        Clause chapter = clause(decree, "chp_I");
        assertThat(chapter.kind()).isEqualTo(ClauseKind.CHAPTER);
        assertThat(chapter.heading()).isEqualTo("NHỮNG QUY ĐỊNH CHUNG");
        assertThat(chapter.children().get(0).eId()).isEqualTo("art_1");
        assertThat(clause(decree, "art_1").heading()).isEqualTo("Phạm vi điều chỉnh");
        // Khoản numbers restart in every article; a sentence broken by a page break and its signature block is one.
        assertThat(clause(decree, "art_2__para_1").text())
                .isEqualTo(
                        "Người lao động quy định tại các điểm a, b, c, g, h, i, k, l, m và n khoản 1 và khoản 2 Điều 2 của Luật Bảo hiểm xã hội.");
        assertThat(clause(decree, "art_10__para_2__point_b").text())
                .isEqualTo(
                        "Bị thiệt hại trên 50% tổng giá trị tài sản do thiên tai, hỏa hoạn, dịch bệnh, mất mùa gây ra, không kể giá trị tài sản là đất "
                                + "hoặc không bố trí được việc làm cho người lao động, trong đó số lao động thuộc đối tượng tham gia bảo hiểm xã hội bắt buộc "
                                + "phải tạm thời nghỉ việc từ 50% trở lên so với tổng số lao động có mặt trước khi thiên tai, hỏa hoạn, dịch bệnh, mất mùa.");
        assertThat(clause(decree, "art_10__para_2__point_b").numberPath()).isEqualTo("Đ10.2.b");
    }

    @Test
    void aGovernmentResolutionCarriesItsProgrammeAndTaskTableAsAnnexes() {
        ParsedDocument resolution = gazette("chinh_sach_dn/nghi-quyet-so-100-nq-cp-469357.txt");
        assertThat(articles(resolution)).containsExactly("1", "2", "3");
        assertThat(clause(resolution, "conclusions").text()).startsWith("TM. CHÍNH PHỦ");
        Clause programme = clause(resolution, "annex_1");
        assertThat(programme.heading()).isEqualTo("CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ");
        assertThat(programme.children())
                .extracting(Clause::heading)
                .containsExactly("MỤC TIÊU", "NHIỆM VỤ CỤ THỂ", "TỔ CHỨC THỰC HIỆN");
        assertThat(clause(resolution, "annex_1__sec_II__para_3__point_dd").text())
                .startsWith("Xây dựng và chuẩn hóa bộ tiêu chí đánh giá hiệu quả hoạt động của tổ chức");
        Clause tasks = clause(resolution, "annex_2");
        assertThat(tasks.heading()).isEqualTo("PHỤ LỤC");
        assertThat(tasks.text()).contains("DANH MỤC CÁC NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG");
        assertThat(tasks.flatten()).filteredOn(c -> c.kind() == ClauseKind.ROW).hasSizeBetween(30, 40);
        assertThat(clause(resolution, "annex_2__sec_I__row_1").text())
                .startsWith("Tổ chức tuyên truyền, phổ biến, quán triệt thường xuyên");
        assertThat(resolution.notes()).anyMatch(n -> n.contains("flattened") && n.contains("rows"));
    }

    @Test
    void pageFurnitureNeverEntersAClauseAndABrokenSentenceIsJoined() {
        String text = """
            Điều 1. Phạm vi
            1. Nghị định này quy định chi tiết về bảo hiểm xã hội bắt buộc đối với người lao
            Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ
            Email: thongtinchinhphu@chinhphu.vn
            Thời gian ký: 08.07.2025 14:58:33 +07:00

            4
            CÔNG BÁO/Số 1/Ngày 01-01-2025
            động làm việc theo hợp đồng.
            2. Khoản hai.
            """;
        ParsedDocument doc = LegalStructureParser.parse(SourceText.of(Path.of("t.txt"), text, "0"));
        assertThat(clause(doc, "art_1__para_1").text())
                .isEqualTo(
                        "Nghị định này quy định chi tiết về bảo hiểm xã hội bắt buộc đối với người lao động làm việc theo hợp đồng.");
        assertThat(clause(doc, "art_1__para_2").text()).isEqualTo("Khoản hai.");
    }

    /** Parts numbered in words get numbers, as eIds allow only ASCII: "PHẦN THỨ NHẤT:" is part_1, not "part_THỨ NHẤT:". */
    @Test
    void partsNumberedInWordsGetNumbers() {
        String text = """
            PHẦN THỨ NHẤT: QUY ĐỊNH CHUNG
            Điều 1. Phạm vi
            Nội dung.
            Phần thứ hai
            QUY ĐỊNH CỤ THỂ
            Chương I
            THỦ TỤC
            Điều 2. Hồ sơ
            Nội dung khác.
            """;
        ParsedDocument doc = LegalStructureParser.parse(SourceText.of(Path.of("t.txt"), text, "0"));
        assertThat(doc.allClauses())
                .extracting(Clause::eId)
                .contains("part_1", "part_2", "part_2__chp_I", "art_1", "art_2")
                .allMatch(id -> id.matches("[A-Za-z0-9_.\\-]+"));
        assertThat(clause(doc, "part_1").heading()).isEqualTo("QUY ĐỊNH CHUNG");
    }

    @Test
    void aQuotationNeverClosedEndsAtTheNextArticleOfTheDocument() {
        String text = """
            Điều 1. Sửa đổi
            1. Bổ sung Điều 4a như sau:
            “Điều 4a. Thẩm quyền
            Nội dung mới.
            Điều 2. Hiệu lực
            Thông tư này có hiệu lực.
            """;
        ParsedDocument doc = LegalStructureParser.parse(SourceText.of(Path.of("t.txt"), text, "0"));
        assertThat(articles(doc)).containsExactly("1", "2");
        assertThat(clause(doc, "art_1__para_1").text()).contains("“Điều 4a. Thẩm quyền");
        assertThat(doc.notes()).anyMatch(n -> n.startsWith("line 5:") && n.contains("never closed"));
    }

    @Test
    void pointsFollowTheVietnameseLetterOrderAndOutOfOrderNumbersAreText() {
        String text = """
            Điều 3. Điểm
            1. Gồm:
            a) một;
            b) hai;
            c) ba;
            d) bốn;
            đ) năm;
            c) không phải điểm: lùi thứ tự.
            3. không phải khoản mà là dòng tiếp theo.
            """;
        ParsedDocument doc = LegalStructureParser.parse(SourceText.of(Path.of("t.txt"), text, "0"));
        assertThat(clause(doc, "art_3__para_1").children())
                .extracting(Clause::number)
                .containsExactly("a", "b", "c", "d", "đ");
        assertThat(clause(doc, "art_3__para_1__point_dd").text())
                .isEqualTo("năm; c) không phải điểm: lùi thứ tự.\n3. không phải khoản mà là dòng tiếp theo.");
        assertThat(doc.allClauses()).noneMatch(c -> "art_3__para_3".equals(c.eId()));
    }

    @Test
    void theSeedsStayWithThePlanRecogniser() {
        for (String n : Corpus.NUMBERS)
            assertThat(StructureRecognizers.choose(
                            SourceText.read(Corpus.entry(n).sourceFile())))
                    .as(n)
                    .isSameAs(StructureRecognizers.PLAN);
    }
}
