package vn.policykg.web.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.policykg.web.PageTest;

/**
 * The home, document, clause, agency and indicator pages in Debian's chromium: they render, the
 * Vietnamese reads right, nothing is logged as an error, the embedded JSON-LD parses, and every
 * same-site link answers.
 */
class ResourcePagesBrowserTest extends PageTest {

    static final String PROGRAMME = "/eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030";
    static final String TARGETS_CLAUSE = PROGRAMME + "/sec_II__para_2.2__item_2";
    static final String AGENCY = "/org/vn-lao-cai/so-y-te";
    static final String UNEMPLOYMENT = "/indicator/ty-le-that-nghiep-thanh-thi";

    private static final Set<String> checked = new LinkedHashSet<>();

    /** Opens a page and asserts what every page must do; returns its text. */
    private String open(String path) {
        browser.open(url(path));
        assertThat(browser.script("return document.characterSet")).isEqualTo("UTF-8");
        String text = browser.text();
        assertThat(text)
                .contains("Tri thức chính sách", "Mỗi dữ kiện dẫn về đúng câu chữ của văn bản gốc.")
                .doesNotContain("Ã", "Â»", "\uFFFD");
        assertThat(browser.consoleErrors()).as("console errors on " + path).isEmpty();
        assertLinksResolve(path);
        return text;
    }

    private void assertLinksResolve(String path) {
        List<String> broken = new ArrayList<>();
        String site = url("");
        for (String link : browser.links()) {
            if (!link.startsWith(site)) continue;
            String local = URI.create(link).getRawPath()
                    + (URI.create(link).getRawQuery() == null
                            ? ""
                            : "?" + URI.create(link).getRawQuery());
            if (!checked.add(local)) continue;
            int status = send(HttpRequest.newBuilder(URI.create(link))
                            .header("Accept", "text/html")
                            .GET()
                            .build())
                    .statusCode();
            if (status != 200) broken.add(local + " → " + status);
        }
        assertThat(broken).as("links on " + path).isEmpty();
    }

    private Model jsonLd() {
        List<WebElement> scripts = browser.find("script[type='application/ld+json']");
        assertThat(scripts).hasSize(1);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create()
                .source(new StringReader((String) browser.script("return arguments[0].textContent", scripts.get(0))))
                .lang(Lang.JSONLD)
                .parse(m);
        return m;
    }

    @Test
    void homePage() {
        String text = open("/");
        assertThat(browser.title()).isEqualTo("Trang chủ · Tri thức chính sách");
        assertThat(text)
                .contains(
                        "Kho dữ liệu liên kết về các chương trình hành động",
                        "000 · Chương trình hành động · tỉnh Lào Cai",
                        "004 · 04/CTr-UBND · tỉnh Lào Cai",
                        "Tra cứu theo số hiệu");
    }

    @Test
    void documentPage() {
        String text = open(PROGRAMME);
        assertThat(text)
                .contains(
                        "Chương trình hành động thực hiện Nghị quyết số 42-NQ/TW ngày 24/11/2023",
                        "Cấu trúc văn bản",
                        "Văn bản được trích dẫn",
                        "35-NQ/TU · tỉnh Lào Cai",
                        "Chỉ tiêu",
                        "Nhiệm vụ",
                        "Ủy ban nhân dân tỉnh Lào Cai");
        Model m = jsonLd();
        assertThat(m.contains(
                        m.getResource(BASE + PROGRAMME.substring(1)),
                        RDF.type,
                        m.getResource("https://schema.org/Legislation")))
                .isTrue();
        // Cited by: 42-NQ/TW's page lists the four documents that implement it.
        String cited = open("/eli/vn/nq/2023/42-nq-tw");
        assertThat(cited)
                .contains(
                        "Văn bản trích dẫn văn bản này",
                        "000 · Chương trình hành động · tỉnh Lào Cai",
                        "001 · Chương trình hành động · tỉnh Lai Châu",
                        "003 · Chương trình hành động · tỉnh Yên Bái");
    }

    @Test
    void clausePageMarksTheWordsOfItsFacts() {
        String text = open(TARGETS_CLAUSE);
        assertThat(text).contains("II.2.2.(2)", "Tỷ lệ thất nghiệp chung khoảng 1,5%", "Dữ kiện trích xuất");
        List<String> marked = browser.find(".clause-text mark").stream()
                .map(WebElement::getText)
                .toList();
        assertThat(marked)
                .contains("tỷ lệ thất nghiệp khu vực thành thị dưới 2%", "Tỷ lệ thất nghiệp chung khoảng 1,5%");
        assertThat(browser.find(".breadcrumb a").stream()
                        .map(WebElement::getText)
                        .toList())
                .containsExactly("000 · Chương trình hành động · tỉnh Lào Cai", "II", "II.2", "II.2.2");
        assertThat(jsonLd().size()).isGreaterThan(20);
    }

    @Test
    void agencyPage() {
        String text = open(AGENCY);
        assertThat(text).contains("Sở Y tế", "Nhiệm vụ chủ trì, phối hợp, chỉ đạo", "Chỉ tiêu được giao", "chủ trì");
    }

    @Test
    void indicatorPageComparesTheUrbanUnemploymentTargetsOfTheFourProgrammes() {
        String text = open(UNEMPLOYMENT);
        assertThat(text).contains("Tỷ lệ thất nghiệp khu vực thành thị", "Urban unemployment rate", "So sánh chỉ tiêu");
        List<List<String>> rows = browser.find("table.targets tbody tr").stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .toList();
        List<String> summary = rows.stream()
                .map(r -> r.get(0).substring(0, 3) + " " + r.get(1) + " " + r.get(2) + " "
                        + r.get(3).split(" ")[0] + " " + r.get(4) + " " + r.get(5))
                .toList();
        assertThat(summary)
                .contains(
                        "000 tỉnh Lào Cai 2030 < 2 %",
                        "001 tỉnh Lai Châu 2030 < 2,7 %", "002 tỉnh Lào Cai 2030 < 2 %", "003 tỉnh Yên Bái 2030 < 2 %");
        List<String> bars =
                browser.find("svg .chart-row").stream().map(WebElement::getText).toList();
        assertThat(bars).anyMatch(b -> b.contains("001") && b.contains("< 2,7 %"));
        assertThat(browser.find("svg rect.bar")).hasSameSizeAs(rows);
        assertThat(text).contains("tỉnh Yên Bái → tỉnh Lào Cai");
        // Lào Cai's line: the merged Yên Bái's 2024 programme, then the new province's.
        assertThat(browser.find("ul.movements li").stream()
                        .map(WebElement::getText)
                        .toList())
                .anyMatch(
                        line -> line.startsWith(
                                "tỉnh Lào Cai: 003 · Chương trình hành động · tỉnh Yên Bái, 2030: < 2 % → 000 · Chương trình hành động · tỉnh Lào Cai, 2030: < 2 %"));
    }
}
