package vn.policykg.web.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;
import vn.policykg.search.FacetCount;
import vn.policykg.search.SearchRequest;
import vn.policykg.search.SearchResults;
import vn.policykg.store.TextIndexDefinition.Facet;
import vn.policykg.web.FacetLinks;
import vn.policykg.web.FacetLinks.FacetGroup;
import vn.policykg.web.FacetLinks.FacetLink;
import vn.policykg.web.PageLinks;
import vn.policykg.web.PageLinks.PageLink;

/**
 * {@code GET /search}: the search page. The same search as /api/search, its facets as links that add or
 * remove one filter, and pages of hits; every link is built here so the template only prints.
 */
@Controller
public class SearchPageController {

    private static final Map<Facet, String> FACET_NAMES = Map.of(
            Facet.DOCUMENT,
            "Văn bản",
            Facet.TYPE,
            "Loại văn bản",
            Facet.PROVINCE,
            "Tỉnh",
            Facet.ISSUER,
            "Cơ quan ban hành",
            Facet.YEAR,
            "Năm ban hành",
            Facet.AGENCY,
            "Cơ quan chủ trì, phối hợp",
            Facet.INDICATOR,
            "Chỉ tiêu");

    private final Searches searches;

    public SearchPageController(Searches searches) {
        this.searches = searches;
    }

    @GetMapping("/search")
    public ModelAndView page(@RequestParam MultiValueMap<String, String> params) {
        ModelAndView page = new ModelAndView("search");
        String q = params.getFirst("q");
        page.addObject("q", q == null ? "" : q);
        page.addObject("kind", params.getFirst("kind") == null ? "clause" : params.getFirst("kind"));
        page.addObject(
                "filters",
                SearchParameters.filterPairs(params).stream()
                        .filter(p -> !p[0].equals("kind"))
                        .toList());
        if (q == null || q.isBlank()) return page;
        try {
            SearchRequest request = SearchParameters.parse(params);
            SearchResults results = searches.search(request).results();
            page.addObject("results", results);
            page.addObject("facets", facets(params, results));
            page.addObject("pages", pages(params, results));
        } catch (IllegalArgumentException e) {
            page.setStatus(HttpStatus.BAD_REQUEST);
            page.addObject("error", e.getMessage());
        }
        return page;
    }

    private static List<FacetGroup> facets(MultiValueMap<String, String> params, SearchResults results) {
        List<FacetGroup> groups = new ArrayList<>();
        for (Facet f : Facet.values()) {
            List<FacetCount> counts = results.facets().getOrDefault(f.field(), List.of());
            List<String> selected = params.getOrDefault(f.field(), List.of());
            if (!counts.isEmpty())
                groups.add(FacetLinks.group(
                        FACET_NAMES.get(f),
                        counts.stream()
                                .map(c -> new FacetLink(
                                        c.label(),
                                        c.count(),
                                        toggled(params, f.field(), c.key()),
                                        selected.contains(c.key())))
                                .toList()));
        }
        return groups;
    }

    /** This search with {@code value} of {@code name} added or, if present, removed; back to the first page. */
    private static String toggled(MultiValueMap<String, String> params, String name, String value) {
        MultiValueMap<String, String> next = new LinkedMultiValueMap<>(params);
        List<String> values = new ArrayList<>(next.getOrDefault(name, List.of()));
        if (!values.remove(value)) values.add(value);
        next.put(name, values);
        next.remove("offset");
        return href(next);
    }

    private static List<PageLink> pages(MultiValueMap<String, String> params, SearchResults r) {
        long pageCount = (Math.min(r.total(), SearchRequest.MAX_OFFSET + r.limit()) + r.limit() - 1) / r.limit();
        return PageLinks.around(r.offset() / r.limit(), pageCount, p -> pageHref(params, p * r.limit()));
    }

    private static String pageHref(MultiValueMap<String, String> params, int offset) {
        MultiValueMap<String, String> next = new LinkedMultiValueMap<>(params);
        next.put("offset", List.of(String.valueOf(offset)));
        return href(next);
    }

    private static String href(MultiValueMap<String, String> params) {
        return UriComponentsBuilder.fromPath("/search")
                .queryParams(params)
                .encode()
                .build()
                .toUriString();
    }
}
