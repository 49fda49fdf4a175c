package vn.policykg.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StructureParserTest {

    private static Clause clause(String doc, String path) {
        Clause c = Corpus.parsed(doc).byPath(path);
        assertThat(c).as("%s has clause %s", doc, path).isNotNull();
        return c;
    }

    @Test
    void immediateTasksOf000AreClausesIII_1_1ToIII_1_9WithTheirTexts() {
        Clause group = clause("000", "III.1");
        assertThat(group.heading()).isEqualTo("Nhiệm vụ cần thực hiện ngay");
        assertThat(group.children())
                .extracting(Clause::numberPath)
                .containsExactly(
                        IntStream.rangeClosed(1, 9).mapToObj(i -> "III.1." + i).toArray(String[]::new));

        Clause first = clause("000", "III.1.1");
        assertThat(first.eId()).isEqualTo("sec_III__para_1.1");
        assertThat(first.text())
                .startsWith("Tổ chức phổ biến, quán triệt Nghị quyết số 42-NQ/TW và Chương trình hành động này")
                .contains("Trách nhiệm chỉ đạo thực hiện: Các cấp ủy, tổ chức Đảng.")
                .endsWith("Thời gian hoàn thành: Trong tháng 5/2026.");
        assertThat(clause("000", "III.1.5").text())
                .contains("Thời gian thực hiện: Hoàn thành xong trước ngày 30/8/2026.");
        assertThat(clause("000", "III.1.7").heading())
                .isEqualTo(
                        "Xây dựng, ban hành kế hoạch thực hiện Chương trình mục tiêu quốc gia về chăm sóc sức khỏe, dân số và phát triển giai đoạn 2026-2035");
        assertThat(clause("000", "III.1.9").text()).endsWith("Thời gian hoàn thành: Trong Quý III/2026.");
    }

    @Test
    void tasksOf000ForThePeriodSitBelowIII_2() {
        Clause period = clause("000", "III.2");
        assertThat(period.heading()).isEqualTo("Nhiệm vụ thực hiện trong giai đoạn 2026-2030");
        assertThat(period.children())
                .extracting(Clause::numberPath)
                .containsExactly("III.2.1", "III.2.2", "III.2.3", "III.2.4", "III.2.5", "III.2.6", "III.2.7");
        assertThat(clause("000", "III.2.4").heading()).isEqualTo("Về Y tế");
        // The directing body after III.2.5's bullets belongs to III.2.5, not to its last bullet.
        Clause culture = clause("000", "III.2.5");
        assertThat(culture.children())
                .extracting(Clause::kind)
                .containsExactly(ClauseKind.INDENT, ClauseKind.INDENT, ClauseKind.UNNUMBERED);
        assertThat(culture.children().get(2).text()).isEqualTo("Trách nhiệm chỉ đạo: Đảng ủy Ủy ban nhân dân tỉnh");
        // Deeper dotted numbers keep their full path.
        assertThat(clause("000", "III.3.5.3").heading())
                .isEqualTo(
                        "Nâng cao hiệu quả giải quyết việc làm, thông tin thị trường lao động, xây dựng quan hệ lao động hài hòa, ổn định, tiến bộ trong tình hình mới");
        assertThat(clause("000", "III.3.7.5.(1)").heading()).isEqualTo("Quản lý và huy động nguồn lực tài chính");
    }

    @Test
    void theTenTargetsOf003AreTenClauses() {
        Clause targets = clause("003", "II.2.2");
        assertThat(targets.heading()).isEqualTo("Các chỉ tiêu chủ yếu đến năm 2030");
        assertThat(targets.children())
                .hasSize(10)
                .allSatisfy(c -> assertThat(c.kind()).isEqualTo(ClauseKind.ITEM));
        assertThat(targets.children())
                .extracting(Clause::number)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(clause("003", "II.2.2.(2)").text())
                .startsWith("Tỷ lệ thất nghiệp chung dưới 3%; tỷ lệ thất nghiệp khu vực thành thị");
        assertThat(clause("003", "II.2.2.(10)").text())
                .isEqualTo("Chỉ số hạnh phúc của người dân tăng 25% so với năm 2020.");
    }

    @Test
    void sentencesBrokenByAPageBreakAreOneSentence() {
        // 000 I.2: "… về một" / blank line / "số giải pháp đột phá …"
        assertThat(clause("000", "I.2").text()).contains("về một số giải pháp đột phá, tăng cường bảo vệ");
        // 003 (4): "(riêng 2 huyện Trạm Tấu, Mù Cang Chải …; giai đoạn 2026-2030 … (riêng 2" / "huyện Mù Cang Chải giảm
        // trên 5%/năm)"
        Clause poverty = clause("003", "II.2.2.(4)");
        assertThat(poverty.text())
                .doesNotContain("\n")
                .contains("Mù Cang Chải giảm trên 5%/năm) theo chuẩn nghèo từng thời kỳ");
        // 001: the bullet continues on the next line in lower case.
        assertThat(clause("001", "II.2.1.•1").text())
                .contains("phụ nữ mang thai, người cao tuổi cô đơn thuộc hộ nghèo");
    }

    @Test
    void headingsWrittenInSeveralStylesAreRecognised() {
        // "**I. MỤC ĐÍCH, YÊU CẦU****1. Mục đích**": two bold headings on one line.
        assertThat(clause("003", "I").heading()).isEqualTo("MỤC ĐÍCH, YÊU CẦU");
        assertThat(clause("003", "I.1").heading()).isEqualTo("Mục đích");
        assertThat(clause("003", "I.1").children()).hasSize(2);
        // "II- MỤC TIÊU" with a hyphen, under Markdown heading marks.
        assertThat(clause("001", "II").heading()).isEqualTo("MỤC TIÊU");
        assertThat(clause("001", "III.6.đ").eId()).isEqualTo("sec_III__para_6__point_dd");
        // "*7.1. Về giáo dục:* Tiếp tục …": an italic lead before the text.
        assertThat(clause("003", "III.7.1").heading()).isEqualTo("Về giáo dục");
        assertThat(clause("003", "III.7.1").text()).startsWith("Về giáo dục: Tiếp tục thực hiện hiệu quả");
        // "Phần thứ nhất" with its heading on the next line, and a tab-indented "3. Giáo dục và Đào tạo".
        assertThat(clause("002", "P1").heading()).isEqualTo("SỰ CẦN THIẾT VÀ CĂN CỨ XÂY DỰNG ĐỀ ÁN");
        assertThat(clause("002", "P2.II.3").heading()).isEqualTo("Giáo dục và Đào tạo");
        assertThat(clause("002", "P2.IV.1").children())
                .extracting(Clause::text)
                .contains("Vốn ngân sách trung ương: 4.573 tỷ đồng (chiếm 12,3%);");
    }

    @Test
    void docxArtefactsAreRemovedAndTheFootnoteKept() {
        Clause results = clause("002", "P1.I.1");
        assertThat(results.text())
                .contains("còn 21,24% (84.076 hộ nghèo), bình quân giai đoạn 2021-2025")
                .doesNotContain("footnote")
                .doesNotContain("[1:");
        Clause note = clause("002", "P1.I.1.fn1");
        assertThat(note.kind()).isEqualTo(ClauseKind.FOOTNOTE);
        assertThat(note.text())
                .isEqualTo(
                        "Tỷ lệ hộ nghèo tỉnh Yên Bái trước sáp nhập là 18,07%, tỉnh Lào Cai trước sáp nhập là 25,19%");
        assertThat(clause("002", "P2.I").heading()).isEqualTo("MỤC TIÊU");
    }

    @Test
    void htmlSuperscriptsBecomeSuperscriptCharacters() {
        assertThat(clause("000", "II.2.2.(7)").text())
                .endsWith("diện tích nhà ở bình quân đầu người đạt khoảng 29,8 m² sàn/người.");
    }

    @Test
    void decomposedCharactersBecomeNfc() {
        // Line 93 of 002 is written with combining marks in the source file.
        Clause c = clause("002", "P2.I.2.3.(2)");
        assertThat(c.text()).startsWith("Có ít nhất 90% học sinh tốt nghiệp THCS học lên THPT và GDTX.");
        for (String n : Corpus.NUMBERS)
            for (Clause each : Corpus.parsed(n).allClauses())
                assertThat(Normalizer.isNormalized(each.text(), Normalizer.Form.NFC))
                        .as(each.eId())
                        .isTrue();
    }

    @Test
    void theAppendixOf004YieldsItsNumberedRowsWithTheirCells() {
        ParsedDocument doc = Corpus.parsed("004");
        Clause annex = doc.byEId("annex_1");
        assertThat(annex.heading()).isEqualTo("PHỤ LỤC");
        assertThat(annex.children()).extracting(Clause::number).containsExactly("I", "II", "III", "IV");
        assertThat(annex.children())
                .extracting(Clause::heading)
                .containsExactly(
                        "CÁC CHỈ TIÊU VỀ KINH TẾ",
                        "CÁC CHỈ TIÊU VỀ VĂN HÓA - XÃ HỘI",
                        "CÁC CHỈ TIÊU VỀ MÔI TRƯỜNG",
                        "CHỈ TIÊU KHÁC");
        List<String> numbered = annex.flatten().stream()
                .filter(c -> c.kind() == ClauseKind.ROW && c.number() != null)
                .map(Clause::number)
                .toList();
        assertThat(numbered)
                .containsExactly(
                        IntStream.rangeClosed(1, 27).mapToObj(String::valueOf).toArray(String[]::new));

        Clause doctors = doc.byEId("annex_1__sec_II__row_18");
        assertThat(doctors.cells())
                .extracting(Clause.Cell::text)
                .containsExactly(
                        "Số bác sỹ trên một vạn dân",
                        "Bác sỹ",
                        "13",
                        "UBND các xã/phường",
                        "Sở Y tế",
                        "Đồng chí Vũ Thị Hiền Hạnh - Phó Chủ tịch UBND tỉnh");
        assertThat(doctors.cells().get(2).heading()).isEqualTo("Kế hoạch năm 2026");
        assertThat(doctors.cells().get(3).heading()).isEqualTo("Cơ quan, đơn vị chịu trách nhiệm trực tiếp thực hiện");
        assertThat(doc.byEId("annex_1__sec_I__row_6").cells().get(2).text()).isEqualTo(">90000");
        // Unnumbered rows are sub-rows of the row above; "+" rows sit under the "-" row.
        assertThat(doc.byEId("annex_1__sec_I__row_1__subrow_1").text()).isEqualTo("Cơ cấu GRDP | 100");
        assertThat(doc.byEId("annex_1__sec_I__row_1__subrow_1").children()).hasSize(4);
        // The broken "III" heading is repaired and said so.
        assertThat(doc.notes())
                .anyMatch(n -> n.contains("line 415") && n.contains("III"))
                .anyMatch(n -> n.contains("line 418") && n.contains("page number"));
    }

    /** The plan rules are shared with the legal parser's annexes; the seeds' trees must not move. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"000, 89", "001, 73", "002, 176", "003, 55", "004, 126"})
    void theSeedsKeepTheirClauseCounts(String doc, int clauses) {
        assertThat(Corpus.parsed(doc).allClauses()).hasSize(clauses);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "\n\n  \n",
                "PHỤ LỤC",
                "PHỤ LỤC\nSTT\tChỉ tiêu\n1\t",
                "**",
                "[bookmark: _x]",
                "I.",
                "(1)",
                "- ",
                "Phần thứ nhất",
                "Nơi nhận:",
                "1. a) (2) - b) ***",
                "PHỤ LỤC\nSTT\tA\nI\n1\nII\nCÁC CHỈ TIÊU",
                "PHỤ LỤC\nI\nV",
                "\t\t\t",
                "1.1.1.1.1. sâu quá"
            })
    void oddOrEmptyInputGivesAClauseTreeNotAnError(String text) {
        ParsedDocument doc = StructureParser.parse(SourceText.of(Path.of("odd.txt"), text, "0"));
        for (Clause c : doc.allClauses()) {
            assertThat(c.eId()).isNotBlank();
            if (!c.text().isEmpty()) assertThat(c.start()).isLessThanOrEqualTo(c.end());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void noClauseTextCarriesMarkupOrArtefacts(String doc) {
        for (Clause c : Corpus.parsed(doc).allClauses()) {
            assertThat(c.text())
                    .as(c.eId())
                    .doesNotContain("**")
                    .doesNotContain("*")
                    .doesNotContain("#")
                    .doesNotContain("[bookmark")
                    .doesNotContain("[footnoteRef")
                    .doesNotContain("<sup>")
                    .doesNotContain("\t")
                    .doesNotContain("  ");
            if (c.heading() != null)
                assertThat(c.heading()).as(c.eId()).doesNotContain("*").doesNotContain("#");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void everyClauseHasAUniqueIdAndASpan(String doc) {
        Set<String> ids = new HashSet<>();
        for (Clause c : Corpus.parsed(doc).allClauses()) {
            assertThat(ids.add(c.eId())).as("unique eId %s", c.eId()).isTrue();
            assertThat(c.eId()).matches("[A-Za-z0-9_.\\-]+");
            if (!c.text().isEmpty())
                assertThat(c.start()).as(c.eId()).isGreaterThanOrEqualTo(0).isLessThan(c.end());
        }
    }

    /**
     * For every clause, the source text at its span, with markup removed and white space folded,
     * is the clause's text. The markup removal here is written independently of the parser's.
     */
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void everyClauseTextIsTheSourceTextAtItsSpan(String doc) {
        ParsedDocument parsed = Corpus.parsed(doc);
        int checked = 0;
        for (Clause c : parsed.allClauses()) {
            if (c.text().isEmpty()) continue;
            String source = parsed.source().slice(c.start(), c.end());
            assertThat(normalise(source))
                    .as("%s span %d-%d", c.eId(), c.start(), c.end())
                    .isEqualTo(fold(c.text()));
            for (Clause.Cell cell : c.cells())
                assertThat(normalise(parsed.source().slice(cell.start(), cell.end())))
                        .isEqualTo(fold(cell.text()));
            checked++;
        }
        assertThat(checked).isGreaterThan(50);
    }

    /** Each word of a clause's text maps to that word in the source (markup inside it aside): facts can point at their words. */
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void everyWordOfAClauseMapsToItsSourceWord(String doc) {
        ParsedDocument parsed = Corpus.parsed(doc);
        var word = Pattern.compile("[^\\s|]+");
        for (Clause c : parsed.allClauses()) {
            var m = word.matcher(c.text());
            while (m.find()) {
                int[] span = c.sourceSpan(m.start(), m.end());
                assertThat(normalise(parsed.source().slice(span[0], span[1])))
                        .as("%s word at %d", c.eId(), m.start())
                        .isEqualTo(m.group());
            }
        }
    }

    static String normalise(String source) {
        String s = source.replaceAll("\\[bookmark: [^\\]]*\\]", "")
                .replaceAll("\\[footnoteRef:\\d+\\]", "")
                .replaceAll("\\[\\d+:[^\\]]*\\]", "")
                .replaceAll("(?m)^\\s*#+\\s*", "")
                .replace("*", "")
                .replace("<sup>2</sup>", "²")
                .replaceAll("[ ]*\\t[\\t ]*", " | ");
        return fold(s);
    }

    static String fold(String s) {
        return s.replaceAll("(?U)\\s+", " ").strip();
    }
}
