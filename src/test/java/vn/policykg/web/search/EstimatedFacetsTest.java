package vn.policykg.web.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.policykg.web.WebTest;

/**
 * Facet counts past {@code policykg.search.exact-facet-hits} (set low here, so the seeds reach it): estimated from
 * a sample, and said to be, in the JSON and on the page; the total stays exact.
 */
@TestPropertySource(properties = "policykg.search.exact-facet-hits=64")
class EstimatedFacetsTest extends WebTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode api(String words) {
        HttpResponse<String> r =
                get("/api/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8), "application/json");
        assertThat(r.statusCode()).isEqualTo(200);
        return json.readTree(r.body());
    }

    @Test
    void manyHitsGiveEstimatedCountsThatSaySo() {
        JsonNode many = api("phát triển");
        assertThat(many.get("facetsEstimated").asBoolean()).isTrue();
        long total = many.get("total").asLong();
        assertThat(total).isGreaterThan(64);
        // Every sampled hit stands for the same number of hits, a power of two: each count is a multiple of it,
        // and the counts of the documents add up to the total, rounded up to a whole step.
        long documents = 0;
        int step = Integer.MAX_VALUE;
        for (JsonNode c : many.get("facets").get("doc")) {
            documents += c.get("count").asLong();
            step = Math.min(step, Integer.lowestOneBit(c.get("count").asInt()));
        }
        assertThat(step).isGreaterThan(1);
        assertThat(documents).isBetween(total, total + step);

        String page = get("/search?q=" + URLEncoder.encode("phát triển", StandardCharsets.UTF_8), "text/html")
                .body();
        assertThat(page).contains("class=\"facet-note\"", "ước tính", "<span class=\"count\">≈");
        assertThat(page).contains("<strong>" + total + "</strong> kết quả");
    }

    @Test
    void fewHitsAreCountedExactly() {
        JsonNode few = api("giảm nghèo đa chiều");
        assertThat(few.get("total").asLong()).isBetween(1L, 64L);
        assertThat(few.get("facetsEstimated").asBoolean()).isFalse();
        String page = get("/search?q=" + URLEncoder.encode("giảm nghèo đa chiều", StandardCharsets.UTF_8), "text/html")
                .body();
        assertThat(page).doesNotContain("facet-note").doesNotContain("≈");
    }

    @Test
    void aSettingThatLeavesNothingToSampleIsRefusedByName() {
        assertThatThrownBy(() -> new SearchProperties(1))
                .hasMessage("policykg.search.exact-facet-hits must be at least 2 (got 1)");
    }
}
