package vn.policykg.web.linkeddata;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.util.MultiValueMap;
import vn.policykg.web.BadParameter;
import vn.policykg.web.PageLinks;

/**
 * What /documents was asked for: a page (from 1), an order and at most one value per facet. Parsed
 * from the query string, where anything malformed is a 400 whose message names the parameter; and
 * turned back into a query string for the links that change one thing and keep the rest.
 */
public record DocumentListQuery(int page, Sort sort, boolean descending, Map<DocumentFacet, String> filters) {

    public static final String PATH = "/documents";
    public static final int PAGE_SIZE = 50;

    /** What the list can be ordered by, and the pattern binding {@code ?key} for it. */
    public enum Sort {
        DATE("date", "OPTIONAL { ?d eli:date_document ?k }", true),
        NUMBER("number", "OPTIONAL { ?d eli:id_local ?k }", false),
        TITLE("title", "OPTIONAL { ?d eli:title ?k FILTER(lang(?k) = 'vi') }", false);

        public final String parameter;
        final String pattern;
        /** Newest first reads best for dates; numbers and titles read best from A. */
        final boolean descendingByDefault;

        Sort(String parameter, String pattern, boolean descendingByDefault) {
            this.parameter = parameter;
            this.pattern = pattern;
            this.descendingByDefault = descendingByDefault;
        }
    }

    public DocumentListQuery {
        filters = Collections.unmodifiableMap(
                filters.isEmpty() ? new EnumMap<>(DocumentFacet.class) : new EnumMap<>(filters));
    }

    public static DocumentListQuery parse(MultiValueMap<String, String> params) {
        int page = PageLinks.number(single(params, "page"));
        Sort sort = Sort.DATE;
        String sortValue = single(params, "sort");
        if (sortValue != null)
            sort = List.of(Sort.values()).stream()
                    .filter(s -> s.parameter.equals(sortValue))
                    .findFirst()
                    .orElseThrow(() -> BadParameter.of("sort", sortValue, "phải là date, number hoặc title"));
        boolean descending = sort.descendingByDefault;
        String order = single(params, "order");
        if (order != null) {
            if (!order.equals("asc") && !order.equals("desc"))
                throw BadParameter.of("order", order, "phải là asc (tăng dần) hoặc desc (giảm dần)");
            descending = order.equals("desc");
        }
        Map<DocumentFacet, String> filters = new EnumMap<>(DocumentFacet.class);
        for (DocumentFacet f : DocumentFacet.values()) {
            String value = single(params, f.parameter);
            if (value == null) continue;
            try {
                f.term(value);
            } catch (IllegalArgumentException e) {
                throw BadParameter.of(f.parameter, value, e.getMessage());
            }
            filters.put(f, value);
        }
        return new DocumentListQuery(page, sort, descending, filters);
    }

    /** A parameter's one value, or null when absent or blank; a repeated one is refused rather than half-read. */
    private static String single(MultiValueMap<String, String> params, String name) {
        List<String> values = params.getOrDefault(name, List.of()).stream()
                .filter(v -> !v.isBlank())
                .toList();
        if (values.size() > 1) throw BadParameter.of(name, String.join(", ", values), "chỉ nhận một giá trị");
        return values.isEmpty() ? null : values.getFirst().strip();
    }

    /** The same list filtered on {@code value} of {@code facet} instead (null: not filtered on it), from page 1. */
    public DocumentListQuery withFilter(DocumentFacet facet, String value) {
        Map<DocumentFacet, String> next = new EnumMap<>(DocumentFacet.class);
        next.putAll(filters);
        if (value == null) next.remove(facet);
        else next.put(facet, value);
        return new DocumentListQuery(1, sort, descending, next);
    }

    /** The same list in another order, from page 1. */
    public DocumentListQuery sortedBy(Sort by, boolean desc) {
        return new DocumentListQuery(1, by, desc, filters);
    }

    public DocumentListQuery onPage(int n) {
        return new DocumentListQuery(n, sort, descending, filters);
    }

    /** The address of this list; defaults are left out so the plain list stays /documents. */
    public String href() {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        // Every value encoded whole: an IRI may carry '&', '=' or '+'.
        filters.forEach((f, v) -> query.add(f.parameter + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        if (sort != Sort.DATE) query.add("sort=" + sort.parameter);
        if (descending != sort.descendingByDefault) query.add("order=" + (descending ? "desc" : "asc"));
        if (page > 1) query.add("page=" + page);
        return PATH + query;
    }
}
