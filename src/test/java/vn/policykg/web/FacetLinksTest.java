package vn.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.policykg.web.FacetLinks.FacetGroup;
import vn.policykg.web.FacetLinks.FacetLink;

/** Hundreds of facet values: a column's worth in sight, the rest behind "more", chosen ones never hidden. */
class FacetLinksTest {

    private static List<FacetLink> values(int n, int... chosen) {
        return IntStream.range(0, n)
                .mapToObj(i -> new FacetLink(
                        "văn bản " + i,
                        n - i,
                        "/search?doc=" + i,
                        IntStream.of(chosen).anyMatch(c -> c == i)))
                .toList();
    }

    @Test
    void aLongFacetShowsTheFirstValuesByCountAndTheRestBehindMore() {
        FacetGroup g = FacetLinks.group("Văn bản", values(300));
        assertThat(g.top())
                .hasSize(FacetLinks.SHOWN)
                .extracting(FacetLink::label)
                .startsWith("văn bản 0", "văn bản 1");
        assertThat(g.more())
                .hasSize(300 - FacetLinks.SHOWN)
                .first()
                .extracting(FacetLink::label)
                .isEqualTo("văn bản 15");
    }

    @Test
    void chosenValuesBehindTheCutComeToTheFront() {
        FacetGroup g = FacetLinks.group("Văn bản", values(300, 3, 120, 250));
        assertThat(g.top())
                .extracting(FacetLink::label)
                .startsWith("văn bản 120", "văn bản 250", "văn bản 0")
                .contains("văn bản 3")
                .hasSize(FacetLinks.SHOWN + 2);
        assertThat(g.more()).noneMatch(FacetLink::selected).hasSize(300 - FacetLinks.SHOWN - 2);
    }

    @Test
    void aShortFacetHasNothingBehindMore() {
        FacetGroup g = FacetLinks.group("Tỉnh", values(4, 2));
        assertThat(g.top()).hasSize(4);
        assertThat(g.more()).isEmpty();
    }
}
