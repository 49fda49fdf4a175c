package vn.policykg.web.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.springframework.stereotype.Component;
import vn.policykg.store.GenerationMemo;
import vn.policykg.store.LiveStore;
import vn.policykg.store.RowValues;
import vn.policykg.vocab.Vocab;

/**
 * Reads tasks and targets from the current generation, each with its bodies in their roles. A selection is a
 * SPARQL pattern that binds {@code ?fact} from {@code ?focus} (for example {@code ?fact vnp:targetOf ?focus .}
 * for a document's targets); the empty pattern selects every fact. A selection is written in code, never taken
 * from a request: values from a request are bound to {@code ?focus}, not pasted. Facts come in document and
 * clause order.
 */
@Component
public class FactReader {

    private static final String TASKS = Vocab.SPARQL_PREFIXES + """
        SELECT ?fact ?name ?clause ?path ?document ?title ?province ?words ?start ?due ?condition ?recurrence ?kind WHERE {
          %s
          ?fact a vnp:Task ; schema:name ?name ; vnp:statedIn ?clause ; vnp:document ?document .
          ?clause vnp:numberPath ?path ; vnp:ordinal ?n .
          OPTIONAL { ?document eli:jurisdiction/vnp:code ?province }
          OPTIONAL {
            ?fact vnp:deadline ?deadline .
            ?deadline vnp:words ?words .
            OPTIONAL { ?deadline time:hasBeginning/time:inXSDDate ?start }
            OPTIONAL { ?deadline time:hasEnd/time:inXSDDate ?due }
            OPTIONAL { ?deadline vnp:condition ?condition }
            OPTIONAL { ?deadline vnp:recurrence ?recurrence }
            OPTIONAL { ?deadline vnp:deadlineKind ?kind }
          }
          OPTIONAL { ?document eli:title ?title FILTER(lang(?title) = "vi") }
        } ORDER BY ?document ?n ?fact""";

    private static final String TARGETS = Vocab.SPARQL_PREFIXES + """
        SELECT ?fact ?document ?title ?clause ?path ?area ?areaLabel ?province ?indicator ?indicatorLabel ?indicatorWords
               ?quote ?comparator ?comparatorLabel ?value ?upper ?unit ?period ?scope ?leader WHERE {
          %s
          ?fact a vnp:Target ; vnp:targetOf ?document ; vnp:statedIn ?clause ; vnp:indicator ?indicator ;
                vnp:comparator ?c ; sdmx-measure:obsValue ?value .
          ?clause vnp:numberPath ?path ; vnp:ordinal ?n .
          BIND(STRAFTER(STR(?c), "comparator/") AS ?comparator)
          OPTIONAL { ?c skos:prefLabel ?comparatorLabel FILTER(lang(?comparatorLabel) = "vi") }
          OPTIONAL { ?indicator skos:prefLabel ?indicatorLabel FILTER(lang(?indicatorLabel) = "vi") }
          OPTIONAL { ?fact vnp:indicatorWords ?indicatorWords }
          OPTIONAL {
            ?fact sdmx-dimension:refArea ?area .
            OPTIONAL { ?area vnp:code ?province }
            OPTIONAL { ?area skos:prefLabel ?areaLabel FILTER(lang(?areaLabel) = "vi") }
          }
          OPTIONAL { ?fact vnp:upperValue ?upper }
          OPTIONAL { ?fact vnp:unitLabel ?unit }
          OPTIONAL { ?fact sdmx-dimension:refPeriod ?period }
          OPTIONAL { ?fact vnp:scope ?scope }
          OPTIONAL { ?fact vnp:leaderInCharge ?leader }
          OPTIONAL { ?annotation oa:hasBody ?fact ; oa:hasTarget/oa:hasSelector/oa:exact ?quote }
          OPTIONAL { ?document eli:title ?title FILTER(lang(?title) = "vi") }
        } ORDER BY ?document ?n ?fact""";

    private static final String BODIES = Vocab.SPARQL_PREFIXES + """
        SELECT DISTINCT ?fact ?role ?body ?label WHERE {
          %s
          ?fact a ?type ; ?role ?body .
          VALUES ?role { vnp:lead vnp:coordinating vnp:directing }
          ?body skos:prefLabel ?label FILTER(lang(?label) = "vi")
        } ORDER BY ?fact ?role ?label""";

    private final LiveStore store;
    // Every fact is read once per generation: exports and the deadlines page ask for all of them each time.
    private final GenerationMemo<List<StoredTask>> everyTask;
    private final GenerationMemo<List<StoredTarget>> everyTarget;

    public FactReader(LiveStore store) {
        this.store = store;
        this.everyTask = new GenerationMemo<>(store, gen -> tasks("", null));
        this.everyTarget = new GenerationMemo<>(store, gen -> targets("", null));
    }

    /** Every task. */
    public List<StoredTask> tasks() {
        return everyTask.get();
    }

    /** The tasks {@code selection} binds from {@code focus} (an IRI; null when the selection has no ?focus). */
    public List<StoredTask> tasks(String selection, String focus) {
        return read(
                TASKS,
                Vocab.Task,
                selection,
                focus,
                (r, bodies) -> new StoredTask(
                        RowValues.text(r, "fact"),
                        RowValues.text(r, "name"),
                        RowValues.text(r, "clause"),
                        RowValues.text(r, "path"),
                        RowValues.text(r, "document"),
                        RowValues.text(r, "title"),
                        RowValues.text(r, "province"),
                        RowValues.text(r, "words"),
                        RowValues.date(r, "start"),
                        RowValues.date(r, "due"),
                        RowValues.text(r, "condition"),
                        RowValues.text(r, "recurrence"),
                        RowValues.text(r, "kind"),
                        bodies));
    }

    /** Every target. */
    public List<StoredTarget> targets() {
        return everyTarget.get();
    }

    /** The targets {@code selection} binds from {@code focus} (an IRI; null when the selection has no ?focus). */
    public List<StoredTarget> targets(String selection, String focus) {
        return read(
                TARGETS,
                Vocab.TargetClass,
                selection,
                focus,
                (r, bodies) -> new StoredTarget(
                        RowValues.text(r, "fact"),
                        RowValues.text(r, "document"),
                        RowValues.text(r, "title"),
                        RowValues.text(r, "clause"),
                        RowValues.text(r, "path"),
                        RowValues.text(r, "area"),
                        RowValues.text(r, "areaLabel"),
                        RowValues.text(r, "province"),
                        RowValues.text(r, "indicator"),
                        RowValues.text(r, "indicatorLabel"),
                        RowValues.text(r, "indicatorWords"),
                        RowValues.text(r, "quote"),
                        RowValues.text(r, "comparator"),
                        RowValues.text(r, "comparatorLabel"),
                        RowValues.text(r, "value"),
                        RowValues.text(r, "upper"),
                        RowValues.text(r, "unit"),
                        RowValues.text(r, "period"),
                        RowValues.text(r, "scope"),
                        RowValues.text(r, "leader"),
                        bodies));
    }

    private interface RowMapper<T> {
        T fact(QuerySolution row, List<BodyInRole> bodies);
    }

    /** One fact per IRI (the first row of each: a fact with two labels or quotes gives several rows). */
    private <T> List<T> read(String query, Resource type, String selection, String focus, RowMapper<T> mapper) {
        Map<String, RDFNode> bindings = new LinkedHashMap<>();
        if (focus != null) bindings.put("focus", ResourceFactory.createResource(focus));
        Map<String, List<BodyInRole>> bodies = bodies(type, selection, bindings);
        Map<String, T> out = new LinkedHashMap<>();
        for (QuerySolution r : store.select(query.formatted(selection), bindings)) {
            String iri = RowValues.text(r, "fact");
            out.computeIfAbsent(iri, k -> mapper.fact(r, List.copyOf(bodies.getOrDefault(k, List.of()))));
        }
        return List.copyOf(out.values());
    }

    private Map<String, List<BodyInRole>> bodies(Resource type, String selection, Map<String, RDFNode> bindings) {
        Map<String, RDFNode> withType = new LinkedHashMap<>(bindings);
        withType.put("type", type);
        Map<String, List<BodyInRole>> out = new LinkedHashMap<>();
        for (QuerySolution s : store.select(BODIES.formatted(selection), withType))
            out.computeIfAbsent(RowValues.text(s, "fact"), k -> new ArrayList<>())
                    .add(new BodyInRole(
                            ResourceFactory.createProperty(RowValues.text(s, "role")),
                            RowValues.text(s, "body"),
                            RowValues.text(s, "label")));
        return out;
    }
}
