package vn.policykg.web.linkeddata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import vn.policykg.web.Addresses;
import vn.policykg.web.BadParameter;
import vn.policykg.web.FacetLinks;
import vn.policykg.web.FacetLinks.FacetGroup;
import vn.policykg.web.FacetLinks.FacetLink;
import vn.policykg.web.PageLinks;
import vn.policykg.web.linkeddata.DocumentCatalog.FacetValue;
import vn.policykg.web.linkeddata.DocumentListQuery.Sort;

/**
 * {@code GET /documents}: every document, a page at a time, in the order asked for, narrowed by facets
 * whose values show how many documents each would list. Every link is built here and keeps the rest of
 * the request, so the template only prints.
 */
@Controller
public class DocumentsController {

    /** A column to sort by; following it sorts by it, or turns the order round when it already does. */
    public record SortLink(String label, String href, String arrow) {}

    private static final Map<Sort, String> SORT_LABELS =
            Map.of(Sort.DATE, "Ngày ban hành", Sort.NUMBER, "Số hiệu", Sort.TITLE, "Tiêu đề");

    private final Addresses addresses;
    private final DocumentNames names;
    private final DocumentCatalog catalog;

    public DocumentsController(Addresses addresses, DocumentNames names, DocumentCatalog catalog) {
        this.addresses = addresses;
        this.names = names;
        this.catalog = catalog;
    }

    @GetMapping(DocumentListQuery.PATH)
    public ModelAndView documents(@RequestParam MultiValueMap<String, String> params) {
        DocumentListQuery query = DocumentListQuery.parse(params);
        DocumentCatalog.Listing listing = catalog.list(query);
        long pageCount = Math.max(1, (listing.total() + DocumentListQuery.PAGE_SIZE - 1) / DocumentListQuery.PAGE_SIZE);
        if (query.page() > pageCount)
            throw BadParameter.of("page", String.valueOf(query.page()), "vượt quá số trang (" + pageCount + ")");
        ModelAndView page = new ModelAndView("documents");
        page.addObject(
                "documents",
                listing.documents().stream()
                        .map(names::entry)
                        // A swap between the two reads may leave a document unnamed for this one request.
                        .filter(Objects::nonNull)
                        .map(d -> new DocumentNames.Entry(
                                addresses.href(d.iri()),
                                d.name(),
                                d.title(),
                                d.titleEn(),
                                d.code(),
                                d.number(),
                                d.date(),
                                d.jurisdiction(),
                                d.inCorpus()))
                        .toList());
        page.addObject("total", listing.total());
        page.addObject("first", (long) (query.page() - 1) * DocumentListQuery.PAGE_SIZE + 1);
        page.addObject("facets", facets(query, listing));
        page.addObject(
                "sorts", Stream.of(Sort.values()).collect(Collectors.toMap(s -> s.parameter, s -> sortLink(query, s))));
        page.addObject(
                "pages",
                PageLinks.around(
                        query.page() - 1, pageCount, p -> query.onPage(p + 1).href()));
        page.addObject("filtered", !query.filters().isEmpty());
        return page;
    }

    private static List<FacetGroup> facets(DocumentListQuery query, DocumentCatalog.Listing listing) {
        List<FacetGroup> groups = new ArrayList<>();
        listing.facets().forEach((facet, values) -> {
            String selected = query.filters().get(facet);
            List<FacetValue> all = new ArrayList<>(values);
            // A filter on a value no document has (any more) is still shown, so it can be dropped.
            if (selected != null && all.stream().noneMatch(v -> v.value().equals(selected)))
                all.addFirst(new FacetValue(selected, facet.fallbackLabel(selected), 0));
            if (!all.isEmpty())
                groups.add(FacetLinks.group(
                        facet.label,
                        all.stream()
                                .map(v -> new FacetLink(
                                        v.label(),
                                        v.count(),
                                        query.withFilter(facet, v.value().equals(selected) ? null : v.value())
                                                .href(),
                                        v.value().equals(selected)))
                                .toList()));
        });
        return groups;
    }

    private static SortLink sortLink(DocumentListQuery query, Sort by) {
        boolean current = query.sort() == by;
        boolean descending = current ? !query.descending() : by.descendingByDefault;
        return new SortLink(
                SORT_LABELS.get(by),
                query.sortedBy(by, descending).href(),
                current ? (query.descending() ? "↓" : "↑") : "");
    }
}
