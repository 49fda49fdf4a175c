package vn.policykg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.policykg.store.TextIndexDefinition;

/** A facet's values as a search answers them: the ones with the most hits first, at most a hundred. */
class FacetCountTest {

    @Test
    void aFacetIsCutAfterItsHundredValuesWithTheMostHits() {
        // A corpus's documents as the doc facet lists them: 3,792 of them, as in the 10× growth run.
        List<FacetCount> documents = new ArrayList<>();
        for (int i = 1; i <= 3792; i++)
            documents.add(FacetCount.of(
                    "http://localhost:8080/eli/vn/nq/2026/" + i + TextIndexDefinition.LABEL_SEPARATOR + i + "/NQ-CP",
                    i % 500));
        documents.sort(FacetCount.ORDER);
        List<FacetCount> answered = FacetCount.mostHits(documents, List.of());
        assertThat(answered).hasSize(FacetCount.MOST_VALUES).isEqualTo(documents.subList(0, FacetCount.MOST_VALUES));
        assertThat(answered.get(0).count()).isEqualTo(499);
        assertThat(answered.get(0).label()).isEqualTo("1499/NQ-CP");
        assertThat(FacetCount.mostHits(documents.subList(0, 7), List.of())).isEqualTo(documents.subList(0, 7));
        // A chosen value behind the cut still comes, after the hundred, so the page can offer to drop it.
        FacetCount rare = documents.get(documents.size() - 1);
        assertThat(FacetCount.mostHits(
                        documents, List.of(rare.key(), answered.get(3).key())))
                .hasSize(FacetCount.MOST_VALUES + 1)
                .endsWith(rare)
                .startsWith(answered.get(0));
    }
}
