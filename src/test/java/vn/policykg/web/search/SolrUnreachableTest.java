package vn.policykg.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.policykg.web.WebTest;

/** With SolrCloud configured but not reachable, the service still starts and search answers from the embedded index. */
@TestPropertySource(properties = "policykg.solr.urls=http://127.0.0.1:9/solr")
class SolrUnreachableTest extends WebTest {

    @Test
    void searchAnswersFromTheEmbeddedIndexAndSaysSo() {
        HttpResponse<String> r = get("/api/search?q=gi%E1%BA%A3m%20ngh%C3%A8o", "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue(SearchApiController.ENGINE_HEADER)).contains(Searches.EMBEDDED);
        assertThat(r.body()).contains("\"total\":").contains("<mark>");
    }
}
