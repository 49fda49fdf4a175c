package vn.policykg.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML reader on a page built from the seed of programme 04/CTr-UBND as a portal would publish it: a
 * script, a style and a navigation bar around it, its "I." headings as ordered lists, the title block as one
 * paragraph with line breaks, its appendix as tables (the leading official's cell as two paragraphs).
 */
class HtmlReaderTest {

    static final Pattern ROMAN_HEADING = Pattern.compile("([IVX]+)\\. (.+)");
    static final Map<String, Integer> ROMAN = Map.of("I", 1, "II", 2, "III", 3);
    static final String TITLE_START = "CHƯƠNG TRÌNH HÀNH ĐỘNG";

    @TempDir
    static Path tmp;

    static List<String> seed;
    static List<String> html;
    static ReadDocument read;

    @BeforeAll
    static void buildAndRead() throws IOException {
        seed = Seed04.lines();
        html = seedAsHtml(seed);
        Path page = tmp.resolve("04-CTr-UBND.html");
        Files.writeString(page, String.join("\n", html), StandardCharsets.UTF_8);
        read = ReaderRegistry.standard().read(page, ReadLimits.DEFAULT);
    }

    @Test
    void theTextIsTheSeedsWordsInOrderWithoutScriptStyleOrNavigation() {
        List<String> expected =
                seed.stream().map(Seed04::clean).filter(l -> !l.isEmpty()).toList();
        assertThat(read.text().split("\n")).containsExactlyElementsOf(expected);
        assertThat(read.text()).doesNotContain("var", "color", "Trang chủ");
        assertThat(read.mediaType()).isEqualTo("text/html");
    }

    @Test
    void orderedListsAreNumberedAsABrowserShowsThem() {
        assertThat(read.text().split("\n")).contains("II. NHIỆM VỤ VÀ CÁC GIẢI PHÁP CHỦ YẾU", "III. TỔ CHỨC THỰC HIỆN");
    }

    @Test
    void eachLineComesFromTheSourceLineWhereItsTextStarts() {
        List<String> lines = Arrays.asList(read.text().split("\n"));
        int third = lines.indexOf("III. TỔ CHỨC THỰC HIỆN");
        assertThat(read.origins().get(third).line()).isEqualTo(lineOf("TỔ CHỨC THỰC HIỆN"));
        int title = lines.indexOf(TITLE_START);
        assertThat(read.origins().get(title + 1).line())
                .isEqualTo(read.origins().get(title).line() + 1);
    }

    @Test
    void theAppendixRowOfDoctorsReadsCellByCell() {
        assertThat(read.tables()).hasSize(4);
        ReadDocument.Row doctors = Seed04.doctorsRow(read);
        assertThat(read.origins().get(doctors.line()).line()).isEqualTo(lineOf("<tr><td>18</td>"));
        assertThat(Seed04.assertCellSpans(read)).isEqualTo(54 * 7);
    }

    @Test
    void aPageWhoseTextIsOverTheLimitIsRefused() {
        ReadLimits small = new ReadLimits(
                ReadLimits.DEFAULT.maxFileBytes(),
                ReadLimits.DEFAULT.maxPages(),
                1_000,
                ReadLimits.DEFAULT.maxUncompressedBytes());
        byte[] page = String.join("\n", html).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new HtmlReader().read(Path.of("04.html"), page, small))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessageContaining("more than the limit of 1000 characters");
    }

    @Test
    void aDeeplyNestedPageInDecomposedUnicodeReadsAsNfc() {
        String nfd = Normalizer.normalize("Thống kê tỉnh", Normalizer.Form.NFD);
        String page = "<div>".repeat(100_000) + nfd + "</div>".repeat(100_000);
        ReadDocument deep =
                new HtmlReader().read(Path.of("deep.html"), page.getBytes(StandardCharsets.UTF_8), ReadLimits.DEFAULT);
        assertThat(deep.text()).isEqualTo("Thống kê tỉnh").isNotEqualTo(nfd);
    }

    /** The 1-based line of the page holding this text. */
    private static int lineOf(String text) {
        for (int i = 0; i < html.size(); i++) if (html.get(i).contains(text)) return i + 1;
        throw new AssertionError("no line of the page holds " + text);
    }

    /** One element per line of the page, so that the origins can be checked against the page's lines. */
    static List<String> seedAsHtml(List<String> lines) {
        List<String> page = new ArrayList<>(List.of(
                "<!DOCTYPE html>",
                "<html><head><meta charset=\"utf-8\"><title>04/CTr-UBND</title>",
                "<style>p { color: black }</style></head>",
                "<body>",
                "<nav><a href=\"/\">Trang chủ</a></nav>",
                "<script>var thongBao = \"Số bác sỹ trên một vạn dân\";</script>"));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher heading = ROMAN_HEADING.matcher(line);
            if (line.contains("\t")) {
                page.add("<table>");
                for (; i < lines.size() && lines.get(i).contains("\t"); i++) page.add(row(lines.get(i)));
                page.add("</table>");
                i--;
            } else if (line.equals(TITLE_START)) {
                page.add("<p>" + Entities.escape(line) + "<br>");
                for (i++; !lines.get(i).isEmpty(); i++)
                    page.add(Entities.escape(lines.get(i)) + (lines.get(i + 1).isEmpty() ? "</p>" : "<br>"));
            } else if (heading.matches())
                page.add("<ol type=\"I\" start=\"" + ROMAN.get(heading.group(1)) + "\"><li>"
                        + Entities.escape(heading.group(2)) + "</li></ol>");
            else if (!line.isBlank()) page.add("<p>" + Entities.escape(line) + "</p>");
        }
        page.add("</body></html>");
        return page;
    }

    private static String row(String line) {
        StringBuilder tr = new StringBuilder("<tr>");
        for (String cell : line.split("\t", -1)) {
            int dash = cell.indexOf(" - ");
            tr.append("<td>")
                    .append(
                            dash < 0 || !cell.startsWith("Đồng chí")
                                    ? Entities.escape(cell)
                                    : "<p>" + Entities.escape(cell.substring(0, dash + 2)) + "</p><p>"
                                            + Entities.escape(cell.substring(dash + 3)) + "</p>")
                    .append("</td>");
        }
        return tr.append("</tr>").toString();
    }
}
