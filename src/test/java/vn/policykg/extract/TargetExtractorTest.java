package vn.policykg.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykg.SharedCorpus;
import vn.policykg.read.ReadLimits;
import vn.policykg.read.ReaderRegistry;
import vn.policykg.source.Corpus;
import vn.policykg.source.SourceText;
import vn.policykg.source.StructureRecognizers;
import vn.policykg.vocab.DocumentType;

/** Targets read from the seeds' and the development documents' own sentences and table rows. */
class TargetExtractorTest {

    @TempDir
    Path dir;

    private static List<Target> seed(String number, String clause) {
        return TargetExtractor.extract(Corpus.parsed(number), DocumentContext.type(Corpus.entry(number))).stream()
                .filter(t -> t.clause().numberPath().equals(clause))
                .toList();
    }

    /** The targets of a plan whose targets section holds {@code lines}. */
    private List<Target> plan(String... lines) throws IOException {
        Path file = dir.resolve("plan.txt");
        Files.writeString(
                file,
                "II. MỤC TIÊU\n2. Mục tiêu cụ thể đến năm 2030\n" + String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
        return TargetExtractor.extract(
                StructureRecognizers.parse(
                        SourceText.of(ReaderRegistry.standard().read(file, ReadLimits.DEFAULT))),
                DocumentType.PLAN);
    }

    @Test
    void unemploymentInsuranceAfterSocialInsuranceIsItsOwnIndicator() {
        // 000 II.2.2.(2): "khoảng 45% lực lượng lao động … tham gia bảo hiểm xã hội và 35% lực lượng lao động … tham
        // gia bảo hiểm thất nghiệp"
        IndicatorScheme scheme = IndicatorScheme.read(Corpus.DATA);
        List<Target> targets = seed("000", "II.2.2.(2)");
        assertThat(targets)
                .filteredOn(t -> t.value().intValue() == 35)
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.indicator())
                            .isEqualTo("lực lượng lao động trong độ tuổi lao động tham gia bảo hiểm thất nghiệp");
                    assertThat(t.comparator()).isEqualTo(Target.Comparator.EQ);
                    assertThat(scheme.match(t).key()).isEqualTo("ty-le-tham-gia-bao-hiem-that-nghiep");
                });
        assertThat(targets)
                .filteredOn(t -> t.value().intValue() == 45)
                .singleElement()
                .satisfies(t -> assertThat(scheme.match(t).key()).isEqualTo("ty-le-tham-gia-bao-hiem-xa-hoi"));
    }

    @Test
    void aRiseSinceABaselineYearIsNoLevel() {
        // 003 II.2.2.(10): "Chỉ số hạnh phúc của người dân tăng 25% so với năm 2020."
        assertThat(seed("003", "II.2.2.(10)")).singleElement().satisfies(t -> {
            assertThat(t.indicator()).isEqualTo("Chỉ số hạnh phúc của người dân");
            assertThat(t.value()).isEqualByComparingTo("25");
            assertThat(t.unit()).isEqualTo("%");
            assertThat(t.period()).isEqualTo("2030");
            assertThat(t.change()).isEqualTo(Target.Change.RISE);
            assertThat(t.baseline()).isEqualTo("2020");
        });
        // 000 II.2.2.(10): "Chỉ số hạnh phúc của người dân đến năm 2030 đạt 72%." is a level.
        assertThat(seed("000", "II.2.2.(10)"))
                .singleElement()
                .satisfies(t -> assertThat(t.change()).isEqualTo(Target.Change.LEVEL));
    }

    @Test
    void aYearlyFallKeepsItsIndicatorAcrossPeriodsAndRestrictions() {
        // 003 II.2.2.(4): "Mức giảm tỷ lệ hộ nghèo giai đoạn 2024-2025 đạt bình quân 3%/năm (riêng 2 huyện Trạm Tấu,
        // Mù Cang Chải giảm trên 6,5%/năm); giai đoạn 2026-2030 giảm bình quân 2-2,5%/năm (…)"
        assertThat(seed("003", "II.2.2.(4)"))
                .filteredOn(t -> t.unit().equals("%/năm"))
                .extracting(
                        Target::indicator,
                        Target::comparator,
                        t -> t.value().toPlainString(),
                        Target::period,
                        Target::change)
                .containsExactly(
                        tuple("Mức giảm tỷ lệ hộ nghèo", Target.Comparator.EQ, "3", "2024-2025", Target.Change.FALL),
                        tuple(
                                "Mức giảm tỷ lệ hộ nghèo (riêng 2 huyện Trạm Tấu, Mù Cang Chải)",
                                Target.Comparator.GT,
                                "6.5",
                                "2024-2025",
                                Target.Change.FALL),
                        tuple("Mức giảm tỷ lệ hộ nghèo", Target.Comparator.RANGE, "2", "2026-2030", Target.Change.FALL),
                        tuple(
                                "Mức giảm tỷ lệ hộ nghèo (riêng huyện Trạm Tấu, huyện Mù Cang Chải)",
                                Target.Comparator.GT,
                                "5",
                                "2026-2030",
                                Target.Change.FALL));
        assertThat(seed("003", "II.2.2.(4)"))
                .extracting(Target::scope)
                .contains("riêng 2 huyện trạm tấu, mù cang chải");
    }

    @Test
    void aCountWithoutIndicatorWordsIsNamedByItsUnit() {
        // 000 II.2.2.(6): "có 15,5 bác sỹ trên 1 vạn dân; 45 giường bệnh trên 1 vạn dân; …"
        List<Target> targets = seed("000", "II.2.2.(6)");
        assertThat(targets).noneMatch(t -> t.indicator().isBlank());
        assertThat(targets)
                .filteredOn(t -> t.unit().equals("bác sĩ/vạn dân"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.indicator()).isEqualTo("số bác sĩ/vạn dân");
                    assertThat(t.value()).isEqualByComparingTo("15.5");
                });
        for (String n : Corpus.NUMBERS)
            assertThat(TargetExtractor.extract(Corpus.parsed(n), null))
                    .as(n)
                    .noneMatch(t -> t.indicator().isBlank());
    }

    @Test
    void aCountOutOfATotalIsTheCount() {
        // 003 II.2.2.(5): "duy trì 8/9 đơn vị cấp huyện đạt chuẩn xóa mù chữ mức độ 2"
        assertThat(seed("003", "II.2.2.(5)"))
                .filteredOn(t -> t.unit().equals("đơn vị cấp huyện"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.value()).isEqualByComparingTo("8");
                    assertThat(t.comparator()).isEqualTo(Target.Comparator.EQ);
                    assertThat(t.period()).isEqualTo("2030");
                });
    }

    @Test
    void misspelledCoverageStillNamesTheCoverageIndicator() {
        // 002 P2.I.2.2.(6): "Tỷ lệ bảo phủ bảo hiểm y tế đến năm 2026 đạt trên 95%"
        assertThat(seed("002", "P2.I.2.2.(6)")).singleElement().satisfies(t -> {
            assertThat(t.comparator()).isEqualTo(Target.Comparator.GT);
            assertThat(t.value()).isEqualByComparingTo("95");
            assertThat(t.period()).isEqualTo("2026");
            assertThat(IndicatorScheme.read(Corpus.DATA).match(t).key()).isEqualTo("ty-le-bao-phu-bao-hiem-y-te");
        });
    }

    @Test
    void aTargetTableIsReadByItsHeaders() {
        // 004's appendix: "Tốc độ tăng trưởng kinh tế (GRDP) | % | >10 | Sở Tài chính, Thống kê tỉnh | …" under "Kế
        // hoạch năm 2026".
        assertThat(seed("004", "PL1.I.2")).singleElement().satisfies(t -> {
            assertThat(t.comparator()).isEqualTo(Target.Comparator.GT);
            assertThat(t.value()).isEqualByComparingTo("10");
            assertThat(t.unit()).isEqualTo("%");
            assertThat(t.period()).isEqualTo("2026");
            assertThat(t.change()).isEqualTo(Target.Change.LEVEL); // a growth rate is the indicator's level
            assertThat(t.leads()).extracting(BodyMention::asWritten).contains("Sở Tài chính");
            assertThat(t.leader()).isEqualTo("Đồng chí Nguyễn Tuấn Anh - Chủ tịch UBND tỉnh");
        });
    }

    @Test
    void aTableWithAColumnPerYearGivesATargetPerYearAndSkipsWhatWasAchieved() throws IOException {
        Path file = dir.resolve("annex.md");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "PHỤ LỤC",
                        "",
                        "CÁC CHỈ TIÊU CHỦ YẾU",
                        "",
                        "| TT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2020 | Năm 2025 | Năm 2030 | Cơ quan chủ trì |",
                        "| --- | --- | --- | --- | --- | --- | --- |",
                        "| 1 | Tỷ lệ che phủ rừng | % | 60 | 62 | ≥ 65 | Sở Nông nghiệp và Môi trường |",
                        ""),
                StandardCharsets.UTF_8);
        List<Target> targets = TargetExtractor.extract(
                StructureRecognizers.parse(
                        SourceText.of(ReaderRegistry.standard().read(file, ReadLimits.DEFAULT))),
                DocumentType.PLAN);
        assertThat(targets)
                .extracting(
                        Target::indicator, Target::comparator, t -> t.value().intValue(), Target::unit, Target::period)
                .containsExactly(
                        tuple("Tỷ lệ che phủ rừng", Target.Comparator.EQ, 62, "%", "2025"),
                        tuple("Tỷ lệ che phủ rừng", Target.Comparator.GE, 65, "%", "2030"));
        assertThat(targets.get(0).leads())
                .extracting(BodyMention::asWritten)
                .containsExactly("Sở Nông nghiệp và Môi trường");
    }

    @Test
    void theDevelopmentTargetTableGivesScopesRangesCapsAndChanges() {
        Path file = SharedCorpus.require("nq57").resolve("03-NQ-CP_chuong-trinh-hanh-dong_chinh-phu.md");
        List<Target> all = TargetExtractor.extract(
                StructureRecognizers.parse(
                        SourceText.of(ReaderRegistry.standard().read(file, ReadLimits.DEFAULT))),
                DocumentType.RESOLUTION);
        // Row 4: "Xếp hạng năng lực cạnh tranh số | Thứ bậc | ≤ 3 Đông Nam Á; ≤ 50 Thế giới"
        assertThat(all)
                .filteredOn(t -> t.clause().numberPath().equals("PLI.I.4"))
                .extracting(
                        Target::indicator,
                        Target::comparator,
                        t -> t.value().intValue(),
                        Target::unit,
                        Target::scope,
                        Target::period)
                .containsExactly(
                        tuple(
                                "Xếp hạng năng lực cạnh tranh số (Đông Nam Á)",
                                Target.Comparator.LE,
                                3,
                                "thứ bậc",
                                "đông nam á",
                                "2030"),
                        tuple(
                                "Xếp hạng năng lực cạnh tranh số (Thế giới)",
                                Target.Comparator.LE,
                                50,
                                "thứ bậc",
                                "thế giới",
                                "2030"));
        // Row 17: "≥ 3% và tăng dần theo yêu cầu phát triển" of "% tổng chi NSNN".
        assertThat(all)
                .filteredOn(t -> t.clause().numberPath().equals("PLI.I.17"))
                .singleElement()
                .satisfies(t -> assertThat(
                                List.<Object>of(t.comparator(), t.value().intValue(), t.unit()))
                        .containsExactly(Target.Comparator.GE, 3, "% tổng chi nsnn"));
        // Row 21: "Số lượng đơn đăng ký sáng chế … tăng trung bình | %/năm | 16 - 18": a yearly rise.
        assertThat(all)
                .filteredOn(t -> t.clause().numberPath().equals("PLI.I.21"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.comparator()).isEqualTo(Target.Comparator.RANGE);
                    assertThat(List.of(t.value().intValue(), t.upper().intValue()))
                            .containsExactly(16, 18);
                    assertThat(t.change()).isEqualTo(Target.Change.RISE);
                });
        // Row 40: "Thu hút thêm tổ chức, doanh nghiệp công nghệ hàng đầu thế giới …" ≥ 5 by 2045: more of them, a rise.
        assertThat(all)
                .filteredOn(t -> t.clause().numberPath().equals("PLI.II.40"))
                .singleElement()
                .satisfies(t -> assertThat(List.<Object>of(t.change(), t.comparator(), t.period()))
                        .containsExactly(Target.Change.RISE, Target.Comparator.GE, "2045"));
        // Row 41: "20% - 50%".
        assertThat(all)
                .filteredOn(t -> t.clause().numberPath().equals("PLI.II.41"))
                .singleElement()
                .satisfies(t -> assertThat(
                                List.<Object>of(t.value().intValue(), t.upper().intValue(), t.unit()))
                        .containsExactly(20, 50, "%"));
        // Rows 1-3 are qualitative ("Đạt mức tiên tiến …"): no target.
        assertThat(all).noneMatch(t -> t.clause().numberPath().matches("PLI\\.I\\.[123]"));
    }

    @Test
    void capsFloorsAndSituationWords() throws IOException {
        List<Target> targets = plan(
                "- Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi không quá 18%.",
                "- Cấp trung học cơ sở tối thiểu đạt 97%.",
                "- Số năm sống khỏe không dưới 68 năm.",
                "- Tỷ lệ hộ nghèo hiện nay là 21,24%, phấn đấu giảm bình quân 1-1,5%/năm.",
                "- Tổng vốn đã giải ngân 13.685 tỷ đồng.");
        assertThat(targets)
                .extracting(
                        Target::indicator,
                        Target::comparator,
                        t -> t.value().toPlainString(),
                        Target::unit,
                        Target::change)
                .containsExactly(
                        tuple(
                                "Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi",
                                Target.Comparator.LE,
                                "18",
                                "%",
                                Target.Change.LEVEL),
                        tuple("Cấp trung học cơ sở", Target.Comparator.GE, "97", "%", Target.Change.LEVEL),
                        tuple("Số năm sống khỏe", Target.Comparator.GE, "68", "năm", Target.Change.LEVEL),
                        tuple("Tỷ lệ hộ nghèo", Target.Comparator.RANGE, "1", "%/năm", Target.Change.FALL));
    }

    @Test
    void aRiseFromAStartingFigureGivesOnlyTheFigureReached() throws IOException {
        assertThat(plan("- Nâng tỷ lệ che phủ rừng từ 60% năm 2020 lên 65%."))
                .extracting(Target::indicator, t -> t.value().toPlainString(), Target::change, Target::period)
                .containsExactly(tuple("Nâng tỷ lệ che phủ rừng", "65", Target.Change.LEVEL, "2030"));
    }

    @Test
    void aDecisionsTargetsHeadingLeftInItsArticleTextOpensTheSection() {
        // 892/QĐ-TTg Điều 1: "2. Mục tiêu cụ thể" / "a) Giai đoạn 1 (2026 - 2028)" / "- Phấn đấu 30% - 40% cán bộ …"
        Path file = SharedCorpus.require("gazette", "thue_tncn").resolve("quyet-dinh-so-892-qd-ttg-469579.txt");
        List<Target> targets = TargetExtractor.extract(
                StructureRecognizers.parse(
                        SourceText.of(ReaderRegistry.standard().read(file, ReadLimits.DEFAULT))),
                DocumentType.DECISION);
        assertThat(targets)
                .extracting(
                        Target::comparator,
                        t -> t.value().intValue(),
                        t -> t.upper().intValue(),
                        Target::unit,
                        Target::period)
                .containsExactly(
                        tuple(Target.Comparator.RANGE, 30, 40, "%", "2026-2028"),
                                tuple(Target.Comparator.RANGE, 30, 40, "%", "2026-2028"),
                        tuple(Target.Comparator.RANGE, 70, 80, "%", "2029-2031"),
                                tuple(Target.Comparator.RANGE, 50, 60, "%", "2029-2031"));
        assertThat(targets.get(0).indicator()).startsWith("cán bộ và công chức, viên chức làm công tác đối ngoại");
    }

    @Test
    void aTextThatLaysDownLawStatesNoTargets() throws IOException {
        Path file = dir.resolve("circular.txt");
        Files.writeString(
                file,
                "II. MỤC TIÊU\n2. Mục tiêu cụ thể\n- Tổng nguồn vốn không quá 100 tỷ đồng.\n",
                StandardCharsets.UTF_8);
        var parsed = StructureRecognizers.parse(
                SourceText.of(ReaderRegistry.standard().read(file, ReadLimits.DEFAULT)));
        assertThat(TargetExtractor.extract(parsed, DocumentType.CIRCULAR)).isEmpty();
        assertThat(TargetExtractor.extract(parsed, DocumentType.PLAN))
                .singleElement()
                .satisfies(t -> assertThat(List.<Object>of(t.comparator(), t.unit()))
                        .containsExactly(Target.Comparator.LE, "tỷ đồng"));
    }
}
