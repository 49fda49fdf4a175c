package vn.policykg.web.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.policykg.store.LiveStore;
import vn.policykg.store.PublicationLog;
import vn.policykg.store.RowValues;
import vn.policykg.web.Browser;
import vn.policykg.web.FacetLinks;
import vn.policykg.web.ServiceTest;

/**
 * The pages of a graph grown to hundreds of documents ({@link GrownStore}): the document list's pages,
 * order, facets and their counts, its refusals, the change feed, and a document page with amendments and
 * a fact read from the text.
 */
class GrownStorePagesTest extends ServiceTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static Browser browser;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("policykg.store-dir", () -> GrownStore.get().layout.root().toString());
        registry.add("policykg.data-dir", () -> GrownStore.get().data.toString());
    }

    /** Its own browser, as a {@link vn.policykg.web.PageTest} has, on this store's service. */
    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Autowired
    PageQueries queries;

    @Autowired
    DocumentNames names;

    @Autowired
    LiveStore live;

    /** The documents of data/ as it is: the first build's. */
    private static int seeds() {
        return PublicationLog.read(GrownStore.get().first).size();
    }

    /** The numbers of the decrees, generated one every 13 days, newest first. */
    private static List<String> decreesNewestFirst() {
        List<String> out = new ArrayList<>();
        for (int i = GrownStore.ADDED - 1; i >= 0; i--) if (i % 4 == 0) out.add(GrownStore.number(i));
        return out;
    }

    private List<String> listedNames() {
        return browser.find("table.document-list tr td:first-child a").stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void pageTwoOfDecreesByDateListsTheRightNumbersInOrder() {
        browser.open(url("/documents"));
        assertThat(live.current().generation()).isEqualTo(GrownStore.get().second);
        assertThat(browser.text()).contains((GrownStore.ADDED + seeds()) + " văn bản");
        browser.find(".document-facets a").stream()
                .filter(a -> a.getText().startsWith("Nghị định"))
                .findFirst()
                .orElseThrow()
                .click();
        assertThat(browser.text()).contains("90 văn bản theo bộ lọc đã chọn");
        assertThat(listedNames()).isEqualTo(decreesNewestFirst().subList(0, 50));
        browser.find("nav.pages a").stream()
                .filter(a -> a.getText().equals("2"))
                .findFirst()
                .orElseThrow()
                .click();
        assertThat(listedNames()).isEqualTo(decreesNewestFirst().subList(50, 90));
        assertThat(browser.find("nav.pages a.current").getFirst().getText()).isEqualTo("2");

        // Sorting by date again turns the order round, keeps the filter and goes back to page 1.
        browser.find("table.document-list th a.sort").stream()
                .filter(a -> a.getText().startsWith("Ngày ban hành"))
                .findFirst()
                .orElseThrow()
                .click();
        assertThat(listedNames()).isEqualTo(decreesNewestFirst().reversed().subList(0, 50));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void facetCountsAreWhatTheStoreCounts() {
        browser.open(url("/documents?year=2010"));
        Map<String, Long> shown = facet("Loại văn bản");
        Map<String, Long> counted = new HashMap<>();
        for (QuerySolution r : queries.select("""
                SELECT ?label (COUNT(DISTINCT ?d) AS ?n) WHERE {
                  ?d a eli:LegalResource ; eli:type_document ?k ; eli:date_document ?date FILTER(YEAR(?date) = 2010)
                  ?k skos:prefLabel ?label FILTER(lang(?label) = 'vi') } GROUP BY ?label"""))
            counted.put(RowValues.text(r, "label"), r.getLiteral("n").getLong());
        assertThat(shown).isEqualTo(counted).containsKeys("Nghị định", "Thông tư", "Quyết định", "Luật");
        // The year facet is counted without its own filter: every year stays reachable.
        assertThat(facet("Năm ban hành")).containsKeys("2010", "2015", "2022", "2023", "2026");
        assertThat(facet("Chủ đề")).containsExactly(Map.entry("Bảo hiểm xã hội", 1L));
        assertThat(facet("Cơ quan ban hành")).containsEntry("Bộ Tài chính", counted.get("Thông tư"));
    }

    /** A facet's values as the page shows them, those behind "more" included. */
    private Map<String, Long> facet(String name) {
        WebElement section = browser.find(".document-facets section").stream()
                .filter(s -> s.findElement(By.tagName("h2")).getText().equals(name))
                .findFirst()
                .orElseThrow();
        Map<String, Long> out = new HashMap<>();
        for (WebElement a : section.findElements(By.cssSelector("li a"))) {
            String label = (String) browser.script("return arguments[0].querySelector('span').textContent;", a);
            String count = (String) browser.script("return arguments[0].querySelector('.count').textContent;", a);
            out.put(label.strip(), Long.parseLong(count.strip()));
        }
        return out;
    }

    @Test
    void aFacetWithManyValuesShowsTheTopFifteenAndTheRestBehindMore() {
        browser.open(url("/documents"));
        WebElement years = browser.find(".document-facets section").stream()
                .filter(s -> s.findElement(By.tagName("h2")).getText().equals("Năm ban hành"))
                .findFirst()
                .orElseThrow();
        assertThat(years.findElements(By.cssSelector(":scope > ul > li"))).hasSize(FacetLinks.SHOWN);
        assertThat(years.findElement(By.tagName("summary")).getText()).matches("Thêm \\d+ giá trị");
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() {
        Map<String, String> bad = Map.of(
                "page=-1",
                "page",
                "page=abc",
                "page",
                "page=99",
                "page",
                "sort=popularity",
                "sort",
                "order=up",
                "order",
                "year=20x5",
                "year",
                "kind=not%20an%20iri",
                "kind",
                "corpus=maybe",
                "corpus",
                "page=1&page=2",
                "page");
        bad.forEach((query, parameter) -> {
            HttpResponse<String> html = get("/documents?" + query, "text/html");
            assertThat(html.statusCode()).as(query).isEqualTo(400);
            assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(html.body()).as(query).contains("Yêu cầu không hợp lệ", "Tham số «" + parameter + "»");
            HttpResponse<String> json = get("/documents?" + query, "application/json");
            assertThat(json.statusCode()).isEqualTo(400);
            assertThat(json.body()).contains("\"error\"", "'" + parameter + "'");
        });
    }

    @Test
    void theFeedListsWhatTheSecondBuildAddedNewestFirst() throws Exception {
        HttpResponse<String> r = get("/changes.atom", "application/atom+xml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/atom+xml;charset=UTF-8");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");

        GrownStore store = GrownStore.get();
        List<PublicationLog.Entry> log = PublicationLog.read(store.second).reversed();
        assertThat(log).hasSize(GrownStore.ADDED + seeds());
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertThat(entries.getLength()).isEqualTo(log.size());
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            PublicationLog.Entry expected = log.get(i);
            assertThat(child(e, "id").getTextContent()).isEqualTo(expected.iri() + "#" + expected.generation());
            assertThat(child(e, "title").getTextContent()).isEqualTo(expected.title());
            assertThat(child(e, "updated").getTextContent())
                    .isEqualTo(expected.at().toString());
            assertThat(child(e, "link").getAttribute("href")).isEqualTo(expected.iri());
            assertThat(child(e, "category").getAttribute("term")).isEqualTo("added");
        }
        // The second build's documents come first, then the first build's.
        List<String> secondBuild = log.subList(0, GrownStore.ADDED).stream()
                .map(PublicationLog.Entry::generation)
                .distinct()
                .toList();
        assertThat(secondBuild).containsExactly(store.second.id());
        assertThat(log.subList(0, GrownStore.ADDED).stream()
                        .map(PublicationLog.Entry::title)
                        .toList())
                .containsExactlyInAnyOrderElementsOf(store.generated.stream()
                        .map(GrownStore.Generated::title)
                        .toList());
        assertThat(child(feed.getDocumentElement(), "updated").getTextContent())
                .isEqualTo(GrownStore.SECOND_BUILD.toString());

        for (String page : List.of("/", "/documents"))
            assertThat(get(page, "text/html").body())
                    .as(page)
                    .contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/changes.atom\"");
    }

    private static Element child(Element parent, String name) {
        return (Element) parent.getElementsByTagNameNS(ATOM, name).item(0);
    }

    @Test
    void aDocumentPageShowsItsMetadataAmendmentsBothWaysAndWhereAFactWasRead() {
        String amended = iri(GrownStore.number(0));
        String amending = iri(GrownStore.number(4));
        browser.open(served(amending));
        String text = browser.text();
        assertThat(text)
                .contains(
                        "Số hiệu " + GrownStore.number(4),
                        "Loại văn bản Nghị định",
                        "Cơ quan ban hành Chính phủ",
                        "Ngày ban hành 2010-02-25",
                        "Ngày có hiệu lực 2020-07-01",
                        "Địa bàn Việt Nam",
                        "Chủ đề Bảo hiểm xã hội",
                        "Sửa đổi, bổ sung " + GrownStore.number(0),
                        "Thay thế " + GrownStore.number(1),
                        "Căn cứ " + GrownStore.number(3),
                        "Đọc từ văn bản: ",
                        GrownStore.EFFECT_QUOTE,
                        "(ký tự 2400–2466)");
        browser.find("table.document-metadata a").stream()
                .filter(a -> a.getText().equals(GrownStore.number(0)))
                .findFirst()
                .orElseThrow()
                .click();
        assertThat(browser.title()).contains(GrownStore.number(0));
        assertThat(browser.text())
                .contains("Được sửa đổi, bổ sung bởi " + GrownStore.number(4), "Bị bãi bỏ bởi " + GrownStore.number(8));
        assertThat(browser.text()).doesNotContain("Ngày có hiệu lực");
        assertThat(amended).isNotEqualTo(amending);
    }

    private String iri(String number) {
        return names.all().stream()
                .filter(d -> number.equals(d.number()))
                .findFirst()
                .orElseThrow()
                .iri();
    }
}
