package vn.policykg.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.policykg.web.PageTest;

/** The search page in a real browser: results, facets, pages, links to clauses and documents. */
class SearchPageBrowserTest extends PageTest {

    private void search(String q) {
        browser.open(url("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)));
    }

    @Test
    void showsHighlightedHitsFacetsAndPages() {
        search("giam ngheo");
        assertThat(browser.title()).isEqualTo("Tìm: giam ngheo · Tri thức chính sách");
        assertThat(browser.text()).contains("kết quả cho «giam ngheo»", "Tỉnh", "tỉnh Lào Cai", "Loại văn bản");
        List<WebElement> marks = browser.find(".hit-snippet mark");
        assertThat(marks).isNotEmpty();
        assertThat(marks.get(0).getText().toLowerCase()).isIn("giảm nghèo", "nghèo", "giảm");
        String clause = browser.find(".hit-clause").get(0).getAttribute("href");
        assertThat(clause).startsWith(BASE + "eli/");
        assertThat(browser.find(".hit-document").get(0).getAttribute("href"))
                .startsWith(BASE + "eli/")
                .isNotEqualTo(clause);
        assertThat(browser.find(".pages a")).extracting(WebElement::getText).contains("2", "Sau ›");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aFacetNarrowsTheHitsAndCanBeRemoved() {
        search("nhà ở xã hội");
        WebElement laiChau = browser.find(".search-facets a").stream()
                .filter(a -> a.getText().startsWith("tỉnh Lai Châu"))
                .findFirst()
                .orElseThrow();
        String count = laiChau.findElement(By.className("count")).getText();
        browser.open(laiChau.getAttribute("href"));
        assertThat(browser.text()).contains(count + " kết quả");
        assertThat(browser.find(".hit-document"))
                .allSatisfy(a -> assertThat(a.getText()).contains("Lai Châu"));
        assertThat(browser.find(".search-facets li.selected")).isNotEmpty();
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theEmptyPageIsAForm() {
        browser.open(url("/search"));
        assertThat(browser.text())
                .contains("Tìm trong điều khoản, nhiệm vụ, chỉ tiêu")
                .doesNotContain("kết quả cho");
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
