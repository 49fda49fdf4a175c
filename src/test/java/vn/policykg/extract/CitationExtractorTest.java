package vn.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.junit.jupiter.api.Test;
import vn.policykg.SharedCorpus;
import vn.policykg.read.ReadLimits;
import vn.policykg.read.ReaderRegistry;
import vn.policykg.source.Corpus;
import vn.policykg.source.Manifest;
import vn.policykg.source.SourceText;
import vn.policykg.source.StructureRecognizers;
import vn.policykg.vocab.Vocab;

/**
 * Mentions and relations on real documents of the shared corpus (skipped without it; of gold/corpus, the
 * development half only) and the seeds: numbers a gazette line break split, laws cited by name, amending decrees,
 * the document's own number in its header and captions.
 */
class CitationExtractorTest {

    /** The citations of a corpus document, its own number not given (as for a document the manifest knows only by path). */
    private static List<Citation> corpus(String path, String eliType) {
        SharedCorpus.require();
        SourceText src =
                SourceText.of(ReaderRegistry.standard().read(SharedCorpus.ROOT.resolve(path), ReadLimits.DEFAULT));
        Model m = ModelFactory.createDefaultModel();
        Resource vn = m.createResource(Manifest.LOCAL_BASE + "jurisdiction/vn").addProperty(Vocab.code, "vn");
        Resource doc = m.createResource(Manifest.LOCAL_BASE + "doc/" + path)
                .addProperty(Vocab.eliJurisdiction, vn)
                .addProperty(Vocab.eliType, eliType);
        Manifest.Entry entry = new Manifest.Entry(doc, SharedCorpus.ROOT.resolve(path), path, path, List.of());
        return CitationExtractor.extract(StructureRecognizers.parse(src), DocumentContext.citationContext(entry));
    }

    private static List<Citation> in(List<Citation> all, String numberPath) {
        return all.stream()
                .filter(c -> c.clause().numberPath().equals(numberPath))
                .toList();
    }

    @Test
    void anAmendingDecreeAmendsTheDecreesItsTitleNamesAndIsBasedOnEveryLawOfItsPreamble() {
        List<Citation> all = corpus("gazette/hd_kinh_te/nghi-dinh-so-141-2026-nd-cp-469455.txt", "nd");
        // "Số: 141/2026/NĐ-CP" in the header; the title "Sửa đổi, bổ sung một số điều của Nghị định số 68/2026/NĐ-CP …
        // và Nghị định số 320/2025/NĐ-CP".
        assertThat(in(all, "preface"))
                .extracting(Citation::number, Citation::relation)
                .containsExactly(
                        tuple("141/2026/NĐ-CP", Citation.Relation.SELF),
                        tuple("68/2026/NĐ-CP", Citation.Relation.AMENDS),
                        tuple("320/2025/NĐ-CP", Citation.Relation.AMENDS));
        // "Căn cứ Luật Thuế giá trị gia tăng số 48/2024/QH15 được sửa đổi, bổ sung bởi Luật số 90/2025/QH15 và Luật số
        // 149/2025/QH15;"
        // the amending laws are bases too; the enacting sentence amends.
        assertThat(in(all, "preamble"))
                .extracting(Citation::number, Citation::relation)
                .startsWith(
                        tuple("63/2025/QH15", Citation.Relation.BASED_ON),
                        tuple("109/2025/QH15", Citation.Relation.BASED_ON),
                        tuple("48/2024/QH15", Citation.Relation.BASED_ON),
                        tuple("90/2025/QH15", Citation.Relation.BASED_ON),
                        tuple("149/2025/QH15", Citation.Relation.BASED_ON))
                .endsWith(
                        tuple("09/2026/QH16", Citation.Relation.BASED_ON),
                        tuple("68/2026/NĐ-CP", Citation.Relation.AMENDS),
                        tuple("320/2025/NĐ-CP", Citation.Relation.AMENDS));
        assertThat(in(all, "preamble").getFirst().name()).isEqualTo("Luật Tổ chức Chính phủ");
        // "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân, Luật Thuế giá trị gia tăng, Luật
        // Thuế thu
        // nhập doanh nghiệp và Luật Thuế tiêu thụ đặc biệt số 09/2026/QH16;": the number is the amending law's.
        assertThat(in(all, "preamble"))
                .filteredOn(c -> c.number().equals("09/2026/QH16"))
                .extracting(Citation::name)
                .containsExactly(
                        "Luật sửa đổi, bổ sung một số điều của Luật Thuế thu nhập cá nhân, Luật Thuế giá trị gia tăng, Luật Thuế thu nhập doanh nghiệp"
                                + " và Luật Thuế tiêu thụ đặc biệt");
        // "Điều 1. Sửa đổi, bổ sung một số điều của Nghị định số 68/2026/NĐ-\nCP ngày 05 tháng 3 năm 2026 của Chính
        // phủ"
        Citation article1 = in(all, "Đ1").getFirst();
        assertThat(article1.numberAsWritten()).isEqualTo("68/2026/NĐ- CP");
        assertThat(article1.number()).isEqualTo("68/2026/NĐ-CP");
        assertThat(article1.date()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(article1.relation()).isEqualTo(Citation.Relation.AMENDS);
        // "… theo quy định tại Nghị định số 68/2026/NĐ-CP thì được xử lý tiền thuế đã nộp theo quy định tại Điều 12
        // Nghị định số 68/2026/NĐ-CP."
        assertThat(in(all, "Đ4.1"))
                .extracting(Citation::number, Citation::relation)
                .containsExactly(
                        tuple("68/2026/NĐ-CP", Citation.Relation.CITES),
                        tuple("68/2026/NĐ-CP", Citation.Relation.CITES));
    }

    @Test
    void aProgrammeImplementsItsParentInItsTitleArticleOneCaptionAndObjectivesAndListsItsProposals() {
        List<Citation> all = corpus("gazette/chinh_sach_dn/nghi-quyet-so-100-nq-cp-469357.txt", "nq");
        // "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;": a law known by its name and date.
        Citation law = in(all, "preamble").getFirst();
        assertThat(law.number()).isEmpty();
        assertThat(law.name()).isEqualTo("Luật Tổ chức Chính phủ");
        assertThat(law.date()).isEqualTo(LocalDate.of(2025, 2, 18));
        assertThat(law.relation()).isEqualTo(Citation.Relation.BASED_ON);
        // "Căn cứ Chỉ thị số 49-CT /TW …"; "tại các văn bản số 364/TTr-BNG-\nNVVH ngày 19 tháng 01 năm 2026, số
        // 1518/BNG-NVVH … và số 2265/BC-BNG-NVVH …"
        assertThat(in(all, "preamble"))
                .extracting(Citation::type, Citation::number, Citation::relation)
                .endsWith(
                        tuple("Chỉ thị", "49-CT/TW", Citation.Relation.BASED_ON),
                        tuple("Tờ trình", "364/TTr-BNG-NVVH", Citation.Relation.CITES),
                        tuple("Công văn", "1518/BNG-NVVH", Citation.Relation.CITES),
                        tuple("Báo cáo", "2265/BC-BNG-NVVH", Citation.Relation.CITES));
        // "Chương trình hành động của Chính phủ triển khai Chỉ thị số 49-CT/TW"; the caption "(Kèm theo Nghị quyết số
        // 100 /NQ-CP …)".
        assertThat(in(all, "Đ1")).extracting(Citation::relation).containsExactly(Citation.Relation.IMPLEMENTS);
        assertThat(in(all, "PL1"))
                .extracting(Citation::number, Citation::relation)
                .containsExactly(
                        tuple("49-CT/TW", Citation.Relation.IMPLEMENTS), tuple("100/NQ-CP", Citation.Relation.SELF));
        // I. MỤC TIÊU: "thực hiện đầy đủ … đã đề ra trong Chỉ thị số 49-CT/TW … (sau đây gọi tắt là Chỉ thị số
        // 49-CT/TW)".
        assertThat(in(all, "PL1.I.1"))
                .extracting(Citation::relation)
                .containsExactly(Citation.Relation.IMPLEMENTS, Citation.Relation.CITES);
        // Outside the objectives the parent is cited: "Nhằm đạt được mục tiêu của Chỉ thị số 49-CT/TW đề ra".
        assertThat(in(all, "PL1.II")).extracting(Citation::relation).containsExactly(Citation.Relation.CITES);
    }

    @Test
    void aDraftCaptionWithItsNumberLeftBlankIsTheDocumentItself() {
        List<Citation> all = corpus("nq57/03-NQ-CP_chuong-trinh-hanh-dong_chinh-phu.md", "nq");
        // "(Kèm theo Chương trình hành động tại Nghị quyết số /NQ-CP ngày 01 tháng 01 năm 2025 của Chính phủ)"
        assertThat(in(all, "PLI"))
                .extracting(Citation::number, Citation::relation)
                .containsExactly(tuple("/NQ-CP", Citation.Relation.SELF));
        // "THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22 THÁNG 12 NĂM 2024 CỦA BỘ CHÍNH TRỊ" in capitals heads Phụ lục II.
        Citation capitals = in(all, "PLII").getFirst();
        assertThat(capitals.number()).isEqualTo("57-NQ/TW");
        assertThat(capitals.date()).isEqualTo(LocalDate.of(2024, 12, 22));
        assertThat(capitals.relation()).isEqualTo(Citation.Relation.IMPLEMENTS);
        // "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương
        // ngày 22 tháng 11 năm 2019;"
        assertThat(in(all, "preamble"))
                .extracting(Citation::name)
                .contains(
                        "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương");
    }

    @Test
    void aPartyPlanReadsItsOwnNumberWithoutAColonAndTellsOfItsParentsIssue() {
        List<Citation> all = corpus("nq57/3260-KH-DDQH15_ke-hoach_dang-doan-quoc-hoi.md", "kh");
        // "Số 3260-KH/ĐĐQH15"; "KẾ HOẠCH khai thực hiện Nghị quyết số 57-NQ/TW …"; "Ngày 22/12/2024, Bộ Chính trị đã
        // ban hành
        // Nghị quyết số 57-NQ/TW … (sau đây gọi là Nghị quyết số 57-NQ/TW)".
        assertThat(in(all, "preface"))
                .extracting(Citation::number, Citation::relation)
                .containsExactly(
                        tuple("3260-KH/ĐĐQH15", Citation.Relation.SELF),
                                tuple("57-NQ/TW", Citation.Relation.IMPLEMENTS),
                        tuple("57-NQ/TW", Citation.Relation.CITES), tuple("57-NQ/TW", Citation.Relation.CITES));
    }

    @Test
    void aBodyAfterTheNumberThatCannotHaveIssuedItIsNotItsIssuer() {
        // 000: "… Chương trình hành động của Chính phủ thực hiện Nghị quyết số 42-NQ/TW, Tỉnh ủy Lào Cai ban hành …",
        // and "… thực hiện Nghị quyết số 42-NQ/TW, Nghị quyết số 68/NQ-CP ngày 09/5/2024 của Chính phủ".
        List<Citation> all =
                CitationExtractor.extract(Corpus.parsed("000"), DocumentContext.citationContext(Corpus.entry("000")));
        assertThat(in(all, "preamble"))
                .filteredOn(c -> c.number().equals("42-NQ/TW"))
                .allSatisfy(c -> {
                    assertThat(c.jurisdiction()).isEqualTo("vn");
                    assertThat(c.issuer()).isIn(null, "Ban Chấp hành Trung ương Đảng");
                });
    }

    @Test
    void cyrillicLookAlikesInANumberAreReadAsTheLatinLettersTheyStandFor() {
        List<Citation> all = corpus("gazette/hd_kinh_te/nghi-quyet-so-17-2026-nq-cp-469464.txt", "nq");
        // "… tại điểm c khoản 1 Điều 22 Nghị định số 40/2026/NĐ-СР quy định …" with a Cyrillic "СР".
        Citation cyrillic = all.stream()
                .filter(c -> c.numberAsWritten().contains("СР"))
                .findFirst()
                .orElseThrow();
        assertThat(cyrillic.number()).isEqualTo("40/2026/NĐ-CP");
        assertThat(cyrillic.issuer()).isEqualTo("Chính phủ");
        // "… một số điều của Luật Đo đạc và bản đồ đã được sửa đổi, bổ sung bởi Nghị định số 136/2021/NĐ-CP": a decree,
        // not a law.
        assertThat(all)
                .filteredOn(c -> c.number().equals("136/2021/NĐ-CP"))
                .extracting(Citation::type)
                .containsOnly("Nghị định");
        // "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 …": one mention, the named law, not also
        // "luật số 64/2025/QH15".
        assertThat(in(all, "preamble"))
                .filteredOn(c -> c.number().equals("64/2025/QH15"))
                .extracting(Citation::name)
                .containsExactly("Luật Ban hành văn bản quy phạm pháp luật");
    }

    @Test
    void aPreambleLineThatOnlyNamesADocumentGoesOnTheBasesOfTheLineAbove() {
        List<Citation> all = corpus("gazette/hdld/thong-tu-so-95-2025-tt-btc-46745.txt", "tt");
        // "Căn cứ Nghị định số 29/2025/NĐ-CP … của Bộ Tài chính;⏎Nghị định số 166/2025/NĐ-CP ngày 30 tháng 6 năm 2025
        // của Chính phủ
        // sửa đổi, bổ sung một số điều của Nghị định số 29/2025/NĐ-CP …"; the title amends 44/2022/TT-BTC.
        assertThat(in(all, "preamble"))
                .filteredOn(c -> c.number().equals("166/2025/NĐ-CP"))
                .extracting(Citation::relation)
                .containsExactly(Citation.Relation.BASED_ON);
        assertThat(in(all, "preface"))
                .extracting(Citation::number, Citation::relation)
                .contains(tuple("44/2022/TT-BTC", Citation.Relation.AMENDS));
        // "Ngân sách nhà nước ngày 25 tháng 6 năm 2015; Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 09
        // tháng 12 năm 2020"
        assertThat(in(all, "preamble"))
                .extracting(Citation::type, Citation::name, Citation::date)
                .contains(
                        tuple("Pháp lệnh", "Pháp lệnh Ưu đãi người có công với cách mạng", LocalDate.of(2020, 12, 9)));
    }

    @Test
    void aShortNameGivenToTheParentCitesIt() {
        List<Citation> all = corpus("gazette/chinh_sach_dn/nghi-quyet-so-105-nq-cp-469364.txt", "nq");
        // "Căn cứ Kết luận số 210-KL/TW … (sau đây viết tắt là Kết luận số 210-KL/TW), Chính phủ ban hành Chương trình
        // hành động
        // thực hiện Kết luận số 210-KL/TW như sau:"
        assertThat(in(all, "PL1"))
                .filteredOn(c -> c.number().equals("210-KL/TW"))
                .extracting(Citation::relation)
                .containsExactly(
                        Citation.Relation.IMPLEMENTS,
                        Citation.Relation.BASED_ON,
                        Citation.Relation.CITES,
                        Citation.Relation.IMPLEMENTS);
    }

    @Test
    void aStandingCommitteeResolutionGivesItsNumberAfterItsKind() {
        // "Nghị quyết số: 78/2025/UBTVQH15" in the header; "Căn cứ Luật Tổ chức Quốc hội số 57/2014/QH13 đã được sửa
        // đổi, bổ sung
        // một số điều theo Luật số 65/2020/QH14 và Luật số 62/2025/QH15;"
        List<Citation> all = corpus("gazette/bhxh/nghi-quyet-so-78-2025-ubtvqh15-45003.txt", "nq");
        assertThat(in(all, "preface"))
                .extracting(Citation::number, Citation::relation)
                .startsWith(tuple("78/2025/UBTVQH15", Citation.Relation.SELF));
        assertThat(in(all, "preamble"))
                .extracting(Citation::number, Citation::relation)
                .startsWith(
                        tuple("57/2014/QH13", Citation.Relation.BASED_ON),
                        tuple("65/2020/QH14", Citation.Relation.BASED_ON),
                        tuple("62/2025/QH15", Citation.Relation.BASED_ON));
    }

    @Test
    void aJointCircularIsNamedSoAndItsMinistriesAreReadWhole() {
        // "Thông tư liên tịch số 01/2017/TTLT-BCA-BQP-BTC-BNN&PTNT-VKSNDTC ngày 29/12/2017 …"
        List<Citation> all = corpus(
                "gazette/hd_khoan/thong-tu-lien-tich-so-01-2022-ttlt-vksndtc-tandtc-bca-bqp-bldtbxh-36844.txt", "ttlt");
        assertThat(in(all, "Đ6.1").getFirst())
                .extracting(Citation::type, Citation::number, Citation::date)
                .containsExactly(
                        "Thông tư liên tịch", "01/2017/TTLT-BCA-BQP-BTC-BNN&PTNT-VKSNDTC", LocalDate.of(2017, 12, 29));
        // "Căn cứ Bộ luật Tố tụng hình sự ngày 27 tháng 11 năm 2015; Luật sửa đổi, bổ sung một số điều của Bộ luật Tố
        // tụng hình sự …"
        assertThat(in(all, "preamble"))
                .extracting(Citation::name)
                .startsWith("Bộ luật Tố tụng hình sự", "Luật sửa đổi, bổ sung một số điều của Bộ luật Tố tụng hình sự");
    }

    @Test
    void anEffectiveDateIsNotALawsDate() {
        // VBHN 1798: "… biện pháp thi hành Luật Giáo dục nghề nghiệp, có hiệu lực kể từ ngày 20 tháng 3 năm 2019."
        List<Citation> all = corpus("gazette/hd_khoan/van-ban-hop-nhat-so-1798-vbhn-bldtbxh-39344.txt", "vbhn");
        assertThat(all)
                .filteredOn(Citation::unnumbered)
                .extracting(Citation::date)
                .doesNotContain(LocalDate.of(2019, 3, 20));
        assertThat(all)
                .filteredOn(Citation::unnumbered)
                .extracting(Citation::name)
                .contains("Luật An toàn, vệ sinh lao động");
    }

    @Test
    void anAmendingLawAmendsTheLawItsEnactingSentenceNamesAndItsArticlesChange() {
        List<Citation> all = corpus("gazette/bhxh/luat-so-51-2024-qh15-43559.txt", "luat");
        // "Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 25/2008/QH12 đã được sửa đổi,
        // bổ sung
        // một số điều theo Luật số 32/2013/QH13, …": the number is the amended law's, the laws after "theo" amended it
        // before.
        Citation amended = in(all, "preamble").getFirst();
        assertThat(amended)
                .extracting(Citation::name, Citation::number, Citation::relation)
                .containsExactly("Luật Bảo hiểm y tế", "25/2008/QH12", Citation.Relation.AMENDS);
        assertThat(in(all, "preamble").get(1))
                .extracting(Citation::number, Citation::relation)
                .containsExactly("32/2013/QH13", Citation.Relation.CITES);
        // "Điều 2. Sửa đổi, bổ sung Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở số 30/2023/QH15"
        assertThat(in(all, "Đ2").getFirst())
                .extracting(Citation::name, Citation::relation)
                .containsExactly("Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", Citation.Relation.AMENDS);
    }

    @Test
    void theTitleCarriesOutItsParentNotWhatTheParentIsAboutAndEveryBasisIsABasis() {
        List<Citation> all = corpus("gazette/hd_kinh_te/nghi-quyet-so-116-nq-cp-469463.txt", "nq");
        // "Về Kế hoạch thực hiện Kết luận số 213-KL/TW ngày 21 tháng 11 năm 2025 của Ban Bí thư về tiếp tục thực hiện
        // Chỉ thị số 42-CT/TW ngày 24 tháng 3 năm 2020 của Ban Bí thư …"
        assertThat(in(all, "preface"))
                .extracting(Citation::number, Citation::relation)
                .containsExactly(
                        tuple("116/NQ-CP", Citation.Relation.SELF),
                        tuple("213-KL/TW", Citation.Relation.IMPLEMENTS),
                        tuple("42-CT/TW", Citation.Relation.CITES));
        // "Căn cứ Kết luận số 213-KL/TW … về tiếp tục thực hiện Chỉ thị số 42-CT/TW …;": a basis, though "thực hiện"
        // precedes it.
        assertThat(in(all, "preamble"))
                .extracting(Citation::number, Citation::relation)
                .startsWith(
                        tuple("", Citation.Relation.BASED_ON),
                        tuple("213-KL/TW", Citation.Relation.BASED_ON),
                        tuple("42-CT/TW", Citation.Relation.BASED_ON));
    }
}
