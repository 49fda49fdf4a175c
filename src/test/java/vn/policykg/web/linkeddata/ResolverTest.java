package vn.policykg.web.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.policykg.store.RowValues;
import vn.policykg.web.Addresses;
import vn.policykg.web.WebTest;

/** The resolver on every citation form the five documents use, and on the short forms people type. */
class ResolverTest extends WebTest {

    @Autowired
    PageQueries queries;

    @Autowired
    Addresses addresses;

    private HttpResponse<String> resolve(String ref, String province, String accept) {
        String q = "/resolve?ref=" + URLEncoder.encode(ref, StandardCharsets.UTF_8)
                + (province == null ? "" : "&province=" + URLEncoder.encode(province, StandardCharsets.UTF_8));
        return get(q, accept);
    }

    private String location(HttpResponse<String> r) {
        return r.headers().firstValue("Location").orElse("(none)");
    }

    /** Every citation of the graph, in the words the source uses and as its bare number, with the citing province. */
    @Test
    void everyCitationAsWrittenInTheCorpusResolvesToTheDocumentTheBuildResolvedItTo() {
        List<QuerySolution> mentions = queries.select("""
            SELECT ?m ?written ?words ?cited ?code WHERE {
              ?m a vnp:Citation ; vnp:numberAsWritten ?written ; vnp:citedDocument ?cited ; vnp:statedIn/vnp:document/eli:jurisdiction/vnp:code ?code .
              ?m ^oa:hasBody/oa:hasTarget/oa:hasSelector/oa:exact ?words }""");
        assertThat(mentions).hasSizeGreaterThan(100);
        List<String> failures = new ArrayList<>();
        Set<String> forms = new LinkedHashSet<>();
        for (QuerySolution m : mentions) {
            String expected = addresses.href(RowValues.text(m, "cited"));
            String province = RowValues.text(m, "code");
            String written = RowValues.text(m, "written");
            // A bare number ("08") is a provincial scheme's, cited only as "Đề án 08": its words are the form.
            List<String> asWritten = written.matches("\\d+")
                    ? List.of(RowValues.text(m, "words"))
                    : List.of(RowValues.text(m, "words"), written);
            for (String form : asWritten) {
                if (!forms.add(form + "|" + province)) continue;
                HttpResponse<String> r = resolve(form, province, "text/html");
                if (r.statusCode() != 303 || !location(r).equals(expected))
                    failures.add("'" + form + "' in " + province + " → " + r.statusCode() + " " + location(r)
                            + ", expected " + expected);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(forms).hasSizeGreaterThan(100);
    }

    /** The gold file's words as written, with the citing document's province, reach a document of that number. */
    @Test
    void everyCitationOfTheGoldFileResolvesToADocumentOfItsNumber() throws IOException {
        Map<String, String> provinceOfDocument = Map.of(
                "000",
                "vn-lao-cai",
                "001",
                "vn-lai-chau",
                "002",
                "vn-lao-cai",
                "003",
                "vn-yen-bai",
                "004",
                "vn-lao-cai");
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/gold/citations.tsv"));
        assertThat(lines.get(0)).startsWith("doc\tclause\ttype\tnumber");
        List<String> failures = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            String number = f[3];
            HttpResponse<String> r = resolve(f[8], provinceOfDocument.get(f[0]), "text/html");
            String target = location(r);
            List<QuerySolution> numbered =
                    queries.select("SELECT ?n WHERE { ?focus eli:id_local ?n }", addresses.iri(target));
            if (r.statusCode() != 303
                    || numbered.isEmpty()
                    || !RowValues.text(numbered.get(0), "n").equals(number))
                failures.add(f[0] + " " + f[1] + " '" + f[8] + "' → " + r.statusCode() + " " + target);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void shortFormsPeopleTypeResolve() {
        assertThat(location(resolve("42-NQ/TW", null, "text/html"))).isEqualTo("/eli/vn/nq/2023/42-nq-tw");
        assertThat(location(resolve("Nghị quyết số 42-NQ/TW", null, "text/html")))
                .isEqualTo("/eli/vn/nq/2023/42-nq-tw");
        assertThat(location(resolve("NQ 42", null, "text/html"))).isEqualTo("/eli/vn/nq/2023/42-nq-tw");
        assertThat(location(resolve("nghị quyết 42", null, "text/html"))).isEqualTo("/eli/vn/nq/2023/42-nq-tw");
        assertThat(location(resolve("68/NQ-CP", null, "text/html"))).isEqualTo("/eli/vn/nq/2024/68-nq-cp");
        assertThat(location(resolve("04/CTr-UBND", "Lào Cai", "text/html")))
                .isEqualTo("/eli/vn-lao-cai/ctr/2026/04-ctr-ubnd");
        assertThat(location(resolve("04/CTr-UBND", "lao-cai", "text/html")))
                .isEqualTo("/eli/vn-lao-cai/ctr/2026/04-ctr-ubnd");
        assertThat(location(resolve("Đề án số 08", "vn-lao-cai", "text/html")))
                .isEqualTo("/eli/vn-lao-cai/da/undated/de-an-08");
    }

    @Test
    void aProvincialNumberWithoutItsProvinceListsCandidates() {
        HttpResponse<String> page = resolve("35-NQ/TU", null, "text/html");
        assertThat(page.statusCode()).isEqualTo(300);
        assertThat(page.body())
                .contains(
                        "35-NQ/TU",
                        "tỉnh Lào Cai",
                        "href=\"/eli/vn-lao-cai/nq/2025/35-nq-tu\"",
                        "chỉ duy nhất trong tỉnh");
        HttpResponse<String> json = resolve("35-NQ/TU", null, "application/json");
        assertThat(json.statusCode()).isEqualTo(300);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(json.body())
                .contains("\"address\":\"/eli/vn-lao-cai/nq/2025/35-nq-tu\"", "\"jurisdiction\":\"vn-lao-cai\"");
    }

    @Test
    void unknownMissingAndBadReferencesAreSaidPlainly() {
        HttpResponse<String> unknown = resolve("999-NQ/TW", null, "application/json");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"error\":\"Not Found\"", "Không nhận ra văn bản nào", "999-NQ/TW");
        HttpResponse<String> unknownPage = resolve("999-NQ/TW", null, "text/html");
        assertThat(unknownPage.statusCode()).isEqualTo(404);
        assertThat(unknownPage.body()).contains("Không nhận ra văn bản nào trong &quot;999-NQ/TW&quot;");
        HttpResponse<String> missing = get("/resolve", "application/json");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("Thiếu tham số ref");
        assertThat(resolve("   ", null, "application/json").statusCode()).isEqualTo(400);
        HttpResponse<String> province = resolve("42-NQ/TW", "Hà Nội", "application/json");
        assertThat(province.statusCode()).isEqualTo(400);
        assertThat(province.body()).contains("Không có tỉnh", "vn-lao-cai");
    }
}
