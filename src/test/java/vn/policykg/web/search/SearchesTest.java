package vn.policykg.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.util.LinkedMultiValueMap;
import vn.policykg.search.SearchResults;
import vn.policykg.search.Searcher;
import vn.policykg.store.LiveStore;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.store.SeedGeneration;

/** The engines a generation is searched with are made once for it, and answer as a new one would. */
@ExtendWith(SeedGeneration.class)
class SearchesTest {

    @Test
    void oneGenerationIsSearchedWithTheSameEngineAtEveryRequest(OpenedGeneration seeds) {
        LiveStore store = new LiveStore();
        store.swap(seeds);
        Searches searches = new Searches(store, new SolrProperties("", "passages", "policykg", 2, 2));
        var params = new LinkedMultiValueMap<String, String>();
        params.add("q", "giam ngheo");

        Searches.Engines first = searches.engines();
        SearchResults answered = searches.search(SearchParameters.parse(params)).results();
        SearchResults again = searches.search(SearchParameters.parse(params)).results();

        // A new engine per request parsed every text again: its cache of parsed queries died with it.
        assertThat(searches.engines()).isSameAs(first);
        assertThat(first.generation()).isEqualTo(seeds.generation().id());
        assertThat(first.solr()).isNull();
        SearchResults fresh = new Searcher(seeds.textIndex()).search(SearchParameters.parse(params));
        assertThat(answered).isEqualTo(fresh).isEqualTo(again);
        assertThat(answered.results().getFirst().text().toLowerCase()).contains("giảm nghèo");
    }
}
