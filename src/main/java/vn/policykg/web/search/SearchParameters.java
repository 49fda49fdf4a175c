package vn.policykg.web.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import vn.policykg.search.SearchRequest;
import vn.policykg.store.TextIndexDefinition.Facet;
import vn.policykg.store.TextIndexDefinition.Kind;

/**
 * The query string of /api/search and /search → a {@link SearchRequest}: {@code q}, {@code limit},
 * {@code offset}, {@code kind} (clause, task, target or all) and one parameter per facet (doc, type,
 * province, issuer, year, agency, indicator), each repeatable. Anything malformed is an
 * {@link IllegalArgumentException} whose message names the parameter.
 */
final class SearchParameters {

    /** More values than this for one facet is not a search a person makes. */
    static final int MAX_VALUES = 20;

    private SearchParameters() {}

    static SearchRequest parse(MultiValueMap<String, String> params) {
        String q = params.getFirst("q");
        int limit = integer(params, "limit", SearchRequest.DEFAULT_LIMIT);
        int offset = integer(params, "offset", 0);
        Map<Facet, List<String>> filters = new EnumMap<>(Facet.class);
        for (Facet f : Facet.values()) {
            List<String> values = params.getOrDefault(f.field(), List.of()).stream()
                    .filter(v -> !v.isBlank())
                    .toList();
            if (values.size() > MAX_VALUES)
                throw new IllegalArgumentException("Tối đa " + MAX_VALUES + " giá trị cho '" + f.field() + "'. At most "
                        + MAX_VALUES + " values of '" + f.field() + "'.");
            if (!values.isEmpty()) filters.put(f, values);
        }
        return new SearchRequest(q, filters, kinds(params.getFirst("kind")), limit, offset);
    }

    private static List<Kind> kinds(String kind) {
        if (kind == null || kind.isBlank()) return List.of(Kind.CLAUSE);
        if (kind.equals("all")) return List.of(Kind.values());
        for (Kind k : Kind.values()) if (k.key().equals(kind.toLowerCase(Locale.ROOT))) return List.of(k);
        throw new IllegalArgumentException(
                "'kind' phải là clause, task, target hoặc all. 'kind' must be clause, task, target or all (got '" + kind
                        + "').");
    }

    private static int integer(MultiValueMap<String, String> params, String name, int fallback) {
        String v = params.getFirst(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "'" + name + "' phải là một số nguyên. '" + name + "' must be a whole number (got '" + v + "').");
        }
    }

    /** The facet filters of {@code params} as query-string pairs, to carry them into links. */
    static List<String[]> filterPairs(MultiValueMap<String, String> params) {
        List<String[]> pairs = new ArrayList<>();
        for (Facet f : Facet.values())
            for (String v : params.getOrDefault(f.field(), List.of()))
                if (!v.isBlank()) pairs.add(new String[] {f.field(), v});
        String kind = params.getFirst("kind");
        if (kind != null && !kind.isBlank()) pairs.add(new String[] {"kind", kind});
        return pairs;
    }
}
