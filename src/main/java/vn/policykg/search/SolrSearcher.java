package vn.policykg.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.policykg.analysis.SearchFields;
import vn.policykg.analysis.VietnameseQueryParser;
import vn.policykg.store.TextIndexDefinition;
import vn.policykg.store.TextIndexDefinition.Facet;
import vn.policykg.store.TextIndexDefinition.Kind;

/**
 * Search over a SolrCloud collection of the passages ({@link SolrCollections}): the query is made on the node by
 * the same parser as here ({@code {!vietnamese}}), filters are the same keyword fields, facet counts come from the
 * same "key␟label" fields, and snippets are cut here from the hit's stored text as {@link Searcher} cuts them.
 */
public final class SolrSearcher implements PassageSearch {

    /** Separates values in a {@code {!terms}} filter; it never occurs in a key (IRIs, codes, years). */
    private static final String SEPARATOR = "\u001f";

    private final SolrNodes nodes;
    private final String collection;
    private final ParsedQueries parser = new ParsedQueries(new VietnameseQueryParser());

    public SolrSearcher(SolrNodes nodes, String collection) {
        this.nodes = nodes;
        this.collection = collection;
    }

    @Override
    public SearchResults search(SearchRequest request) {
        Searcher.Prepared p = Searcher.prepare(request, parser);
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("q", List.of("{!vietnamese}" + p.typed()));
        List<String> filters = new ArrayList<>();
        filters.add(terms(
                TextIndexDefinition.KIND_FIELD,
                request.kinds().stream().map(Kind::key).toList()));
        request.filters().forEach((facet, values) -> {
            if (!values.isEmpty()) filters.add(terms(facet.field(), values));
        });
        params.put("fq", filters);
        params.put("fl", List.of(String.join(",", SearchHit.STORED_FIELDS) + ",score"));
        params.put("rows", List.of(Integer.toString(request.limit())));
        params.put("start", List.of(Integer.toString(request.offset())));
        params.put("facet", List.of("true"));
        params.put("facet.limit", List.of("-1"));
        params.put("facet.mincount", List.of("1"));
        params.put(
                "facet.field",
                Arrays.stream(Facet.values()).map(Facet::countField).toList());
        JsonNode answer = nodes.get("/" + collection + "/select", params);

        Snippets.QueryTerms terms = Snippets.foldedTerms(p.words());
        List<SearchHit> hits = new ArrayList<>();
        for (JsonNode d : answer.at("/response/docs")) {
            String text = text(d, SearchFields.TEXT);
            hits.add(SearchHit.of(
                    field -> text(d, field),
                    Snippets.snippet(text, terms),
                    d.get("score").floatValue()));
        }
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Facet f : Facet.values()) {
            List<FacetCount> counts = new ArrayList<>();
            JsonNode flat = answer.at("/facet_counts/facet_fields/" + f.countField());
            for (int i = 0; i + 1 < flat.size(); i += 2)
                counts.add(FacetCount.of(flat.get(i).asString(), flat.get(i + 1).asInt()));
            counts.sort(FacetCount.ORDER);
            facets.put(f.field(), FacetCount.mostHits(counts, request.filters().getOrDefault(f, List.of())));
        }
        return new SearchResults(
                p.typed(),
                answer.at("/response/numFound").asLong(),
                request.limit(),
                request.offset(),
                hits,
                facets,
                p.notes());
    }

    private static String terms(String field, List<String> values) {
        // Quoted: Solr's local parameters end a bare value at whitespace, which U+001F counts as.
        return "{!terms f=" + field + " separator='" + SEPARATOR + "'}" + String.join(SEPARATOR, values);
    }

    private static String text(JsonNode doc, String field) {
        JsonNode v = doc.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
