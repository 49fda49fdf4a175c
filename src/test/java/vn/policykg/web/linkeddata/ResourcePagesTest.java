package vn.policykg.web.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.policykg.store.RowValues;
import vn.policykg.web.Addresses;
import vn.policykg.web.WebTest;

/** The pages the browser test does not open: tasks, targets, the generic page, the lists; and what pages embed. */
class ResourcePagesTest extends WebTest {

    @Autowired
    PageQueries queries;

    @Autowired
    Addresses addresses;

    static final String PROGRAMME = "/eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030";
    static final String HOUSING =
            "/eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030/sec_II__para_2.2__item_7/target/dien-tich-nha-o-binh-quan-dau-nguoi";
    static final Pattern JSON_LD =
            Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

    private String page(String path) {
        HttpResponse<String> r = get(path, "text/html");
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        return r.body();
    }

    private static Model embedded(String html) {
        Matcher m = JSON_LD.matcher(html);
        assertThat(m.find()).isTrue();
        Model model = ModelFactory.createDefaultModel();
        RDFParser.create()
                .source(new StringReader(m.group(1)))
                .lang(Lang.JSONLD)
                .parse(model);
        return model;
    }

    @Test
    void aTaskPageNamesItsBodiesDeadlineAndWords() {
        String html = page(PROGRAMME + "/sec_III__para_1.2/task");
        assertThat(html)
                .contains(
                        "Xây dựng, ban hành Chỉ thị của Ban Thường vụ Tỉnh ủy",
                        "Hoàn thành trong tháng 5/2026",
                        "đến 2026-05-31",
                        "href=\"/org/vn-lao-cai/dang-uy-uy-ban-nhan-dan-tinh\"",
                        "Câu chữ gốc",
                        "href=\"" + PROGRAMME + "/sec_III__para_1.2\"");
    }

    @Test
    void aTargetPageShowsItsValueWordsAndIndicatorAndEmbedsMarkupSafely() {
        String html = page(HOUSING);
        // Markup in the source words is shown as text, never as markup ...
        assertThat(html)
                .contains(
                        "29,8 m&lt;sup&gt;2&lt;/sup&gt; sàn/người",
                        "href=\"/indicator/dien-tich-nha-o-binh-quan-dau-nguoi\"");
        // ... and inside the JSON-LD no '<' can end the script element, yet the data reads back unchanged.
        Matcher m = JSON_LD.matcher(html);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).doesNotContain("<").contains("m\\u003csup>2\\u003c/sup>");
        Model data = embedded(html);
        assertThat(data.listObjectsOfProperty(data.createProperty("http://www.w3.org/ns/oa#exact"))
                        .toList()
                        .toString())
                .contains("29,8 m<sup>2</sup> sàn/người");
    }

    @Test
    void aDocumentPageEmbedsSchemaOrgLegislation() {
        Model data = embedded(page("/eli/vn-lao-cai/ctr/2026/04-ctr-ubnd"));
        var doc = data.getResource(BASE + "eli/vn-lao-cai/ctr/2026/04-ctr-ubnd");
        assertThat(doc.hasProperty(RDF.type, data.getResource("https://schema.org/Legislation")))
                .isTrue();
        assertThat(doc.getProperty(data.createProperty("https://schema.org/legislationIdentifier"))
                        .getString())
                .isEqualTo("04/CTr-UBND");
        assertThat(doc.getProperty(data.createProperty("https://schema.org/legislationDate"))
                        .getString())
                .isEqualTo("2026-02-03");
        assertThat(doc.getProperty(data.createProperty("https://schema.org/legislationJurisdiction"))
                        .getString())
                .isEqualTo("tỉnh Lào Cai");
    }

    /** The rows of a page's citation tables: the first lists what it cites, the second what cites it. */
    private static List<List<String>> citationTables(String html) {
        List<List<String>> tables = new ArrayList<>();
        Matcher t = Pattern.compile("<table class=\"citations\">(.*?)</table>", Pattern.DOTALL)
                .matcher(html);
        while (t.find()) {
            List<String> rows = new ArrayList<>();
            Matcher r = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(t.group(1));
            while (r.find()) rows.add(r.group(1).replaceAll("\\s+", " "));
            tables.add(rows.subList(1, rows.size()));
        }
        return tables;
    }

    @Test
    void aDocumentPageListsCitationsBothWaysButNeverItself() {
        String self = "/eli/vn-lao-cai/ctr/2026/04-ctr-ubnd";
        List<String> cites = citationTables(page(self)).getFirst();
        assertThat(cites)
                .anySatisfy(row -> assertThat(row)
                        .contains(
                                "<a href=\"/eli/vn/nq/2026/01-nq-cp\">01/NQ-CP</a>",
                                "<td>trích dẫn, thực hiện</td>",
                                "<a href=\"" + self + "/sec_I__para_1\">I.1</a>"));
        // The programme names itself in its own clauses; that is not a citation of another document.
        assertThat(cites).noneSatisfy(row -> assertThat(row).contains("<a href=\"" + self + "\">"));

        List<List<String>> cited = citationTables(page("/eli/vn/nq/2017/21-nq-tw"));
        assertThat(cited).hasSize(1);
        assertThat(cited.getFirst())
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .contains(
                                "<a href=\"" + PROGRAMME + "\">",
                                "<a href=\"" + PROGRAMME + "/sec_III__para_3.5.1\">III.3.5.1</a>"));
    }

    @Test
    void otherResourcesGetTheGenericPage() {
        String html = page("/jurisdiction/vn-yen-bai");
        assertThat(html)
                .contains(
                        "tỉnh Yên Bái",
                        "Yên Bái province",
                        "Tất cả dữ kiện",
                        "href=\"/jurisdiction/vn-lao-cai\"",
                        "href=\"/jurisdiction/vn-yen-bai.ttl\"");
        assertThat(page(PROGRAMME + "/sec_II__para_2.2__item_2/target/ty-le-that-nghiep-thanh-thi#source"))
                .contains("Câu chữ gốc");
    }

    /** Every fact but a task (whose words are its whole clause) has its words marked in its clause's page. */
    @Test
    void everyClausePageMarksTheWordsOfEveryFactStatedInIt() {
        List<QuerySolution> clauses = queries.select("""
            SELECT ?clause (COUNT(DISTINCT ?f) AS ?facts) WHERE {
              ?f vnp:statedIn ?clause ; a ?type . ?ann oa:hasBody ?f .
              FILTER(?type IN (vnp:Target, vnp:Citation, vnp:BudgetLine, vnp:RoleAssignment, time:ProperInterval))
            } GROUP BY ?clause""");
        assertThat(clauses).hasSizeGreaterThan(200);
        long facts = 0;
        List<String> unmarked = new ArrayList<>();
        for (QuerySolution c : clauses) {
            String html = page(addresses.href(RowValues.text(c, "clause")));
            facts += c.getLiteral("facts").getLong();
            if (html.contains("không tìm thấy trong nội dung")) unmarked.add(RowValues.text(c, "clause"));
        }
        assertThat(unmarked).isEmpty();
        assertThat(facts).isGreaterThan(400);
    }

    @Test
    void theListsLeadToEveryDocumentAndIndicator() {
        String documents = page("/documents");
        assertThat(documents)
                .contains(
                        "href=\"" + PROGRAMME + "\"",
                        "href=\"/eli/vn/nq/2023/42-nq-tw\"",
                        "Văn bản được trích dẫn",
                        "Lai Châu Provincial Party Committee&#39;s action programme");
        String indicators = page("/indicators");
        assertThat(indicators).contains("href=\"/indicator/ty-le-that-nghiep-thanh-thi\"", "Urban unemployment rate");
    }
}
