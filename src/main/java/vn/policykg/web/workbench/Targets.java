package vn.policykg.web.workbench;

import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Resource;
import org.springframework.stereotype.Component;
import vn.policykg.store.LiveStore;
import vn.policykg.store.RowValues;
import vn.policykg.vocab.Vocab;

/** Every target (a Data Cube observation of an indicator), with its document, clause, value and bodies. */
@Component
public class Targets {

    /**
     * One target. {@code period} is a year ("2030") or a range of years ("2026-2030"); {@code upper} is the
     * upper bound of a range comparator. Bodies are those 004's appendix names (lead and coordinating).
     */
    public record Target(
            String iri,
            String document,
            String documentTitle,
            String clause,
            String path,
            String province,
            String indicator,
            String indicatorLabel,
            String words,
            String comparator,
            String value,
            String upper,
            String unit,
            String period,
            String scope,
            String leaderInCharge,
            List<Body> bodies)
            implements Fact {

        /** Whether {@code year} is the target's year or lies within its range of years. */
        public boolean covers(int year) {
            if (period == null) return false;
            String[] ends = period.split("-");
            return Integer.parseInt(ends[0]) <= year && year <= Integer.parseInt(ends[ends.length - 1]);
        }
    }

    private static final String TARGETS = Vocab.SPARQL_PREFIXES + """
        SELECT ?target ?document ?title ?clause ?path ?province ?indicator ?label ?words ?comparator ?value ?upper ?unit ?period ?scope ?leader
        WHERE {
          ?target a vnp:Target ; vnp:targetOf ?document ; vnp:statedIn ?clause ; vnp:indicator ?indicator ; vnp:indicatorWords ?words ;
                  vnp:comparator ?c ; sdmx-measure:obsValue ?value ; sdmx-dimension:refArea/vnp:code ?province .
          ?clause vnp:numberPath ?path ; vnp:ordinal ?n .
          OPTIONAL { ?indicator skos:prefLabel ?label FILTER(lang(?label) = "vi") }
          OPTIONAL { ?target vnp:upperValue ?upper }
          OPTIONAL { ?target vnp:unitLabel ?unit }
          OPTIONAL { ?target sdmx-dimension:refPeriod ?period }
          OPTIONAL { ?target vnp:scope ?scope }
          OPTIONAL { ?target vnp:leaderInCharge ?leader }
          OPTIONAL { ?document eli:title ?title FILTER(lang(?title) = "vi") }
          BIND(STRAFTER(STR(?c), "comparator/") AS ?comparator)
        } ORDER BY ?document ?n ?target""";

    private final LiveStore store;

    public Targets(LiveStore store) {
        this.store = store;
    }

    /** Every target, by document and the order of its clauses. */
    public List<Target> all() {
        Map<String, List<Body>> bodies = Body.byFact(store, Vocab.NS + "Target");
        return store.select(TARGETS, Map.of()).stream()
                .map(s -> {
                    String iri = s.getResource("target").getURI();
                    return new Target(
                            iri,
                            uri(s.getResource("document")),
                            RowValues.text(s, "title"),
                            uri(s.getResource("clause")),
                            RowValues.text(s, "path"),
                            RowValues.text(s, "province"),
                            uri(s.getResource("indicator")),
                            RowValues.text(s, "label"),
                            RowValues.text(s, "words"),
                            RowValues.text(s, "comparator"),
                            RowValues.text(s, "value"),
                            RowValues.text(s, "upper"),
                            RowValues.text(s, "unit"),
                            RowValues.text(s, "period"),
                            RowValues.text(s, "scope"),
                            RowValues.text(s, "leader"),
                            List.copyOf(bodies.getOrDefault(iri, List.of())));
                })
                .toList();
    }

    private static String uri(Resource r) {
        return r.getURI();
    }
}
