package vn.policykg.web.workbench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ResourceFactory;
import org.springframework.stereotype.Component;
import vn.policykg.store.LiveStore;
import vn.policykg.store.RowValues;
import vn.policykg.vocab.Vocab;

/**
 * From a document (a resolution, typically) down through the documents that implement it, are based on it
 * or were issued under it, recursively; for each document of the corpus its top-level sections with the
 * tasks and targets stated anywhere beneath them.
 */
@Component
public class ImplementationTree {

    /** How deep the chain of implementing documents is followed (the corpus needs two levels at most). */
    static final int MAX_DEPTH = 4;

    public record Node(
            String iri,
            String title,
            String localId,
            String jurisdiction,
            String issuer,
            boolean inCorpus,
            List<String> relations,
            List<Section> sections,
            List<Node> children) {}

    public record Section(String iri, String path, String heading, List<TaskItem> tasks, List<TargetItem> targets) {}

    public record TaskItem(String iri, String path, String name, String lead, String deadline) {}

    public record TargetItem(
            String iri, String path, String indicator, String comparator, String value, String unit, String year) {}

    private static final String DOCUMENT = Vocab.SPARQL_PREFIXES + """
        SELECT ?title ?id ?jurisdiction ?issuer ?inCorpus WHERE {
          ?doc a eli:LegalResource .
          OPTIONAL { ?doc eli:title ?title FILTER(lang(?title) = "vi") }
          OPTIONAL { ?doc eli:id_local ?id }
          OPTIONAL { ?doc eli:jurisdiction/skos:prefLabel ?jurisdiction FILTER(lang(?jurisdiction) = "vi") }
          OPTIONAL { ?doc eli:passed_by/skos:prefLabel ?issuer FILTER(lang(?issuer) = "vi") }
          OPTIONAL { ?doc vnp:inCorpus ?inCorpus }
        } LIMIT 1""";

    private static final String CHILDREN = Vocab.SPARQL_PREFIXES + """
        SELECT ?child ?relation WHERE {
          VALUES (?property ?relation) { (eli:applies "thực hiện") (eli:based_on "căn cứ") (vnp:issuedUnder "ban hành theo") }
          ?child ?property ?doc ; a eli:LegalResource .
        } ORDER BY ?child ?relation""";

    private static final String SECTIONS = Vocab.SPARQL_PREFIXES + """
        SELECT ?section ?path ?heading WHERE {
          ?section eli:is_part_of ?doc ; vnp:numberPath ?path ; vnp:ordinal ?n .
          OPTIONAL { ?section vnp:heading ?heading }
        } ORDER BY ?n""";

    // Tasks and targets walk up from their clause to the document's top-level section: a walk from each section
    // down to every clause beneath it cost twice as much.
    private static final String TASKS = Vocab.SPARQL_PREFIXES + """
        SELECT ?section ?task ?path ?name (SAMPLE(?leadName) AS ?lead) (SAMPLE(?words) AS ?deadline) WHERE {
          ?task vnp:document ?doc ; vnp:statedIn ?clause ; schema:name ?name .
          ?clause vnp:numberPath ?path ; vnp:ordinal ?n ; eli:is_part_of* ?section .
          ?section eli:is_part_of ?doc .
          OPTIONAL { ?task vnp:lead/skos:prefLabel ?leadName }
          OPTIONAL { ?task vnp:deadline/vnp:words ?words }
        } GROUP BY ?section ?task ?path ?name ?n ORDER BY ?n""";

    private static final String TARGETS = Vocab.SPARQL_PREFIXES + """
        SELECT ?section ?target ?path ?indicator ?comparator ?value ?unit ?year WHERE {
          ?target vnp:targetOf ?doc ; vnp:statedIn ?clause ; sdmx-measure:obsValue ?value ; vnp:comparator ?c .
          ?clause vnp:numberPath ?path ; vnp:ordinal ?n ; eli:is_part_of* ?section .
          ?section eli:is_part_of ?doc .
          OPTIONAL { ?target vnp:indicator/skos:prefLabel ?indicatorLabel FILTER(lang(?indicatorLabel) = "vi") }
          OPTIONAL { ?target vnp:indicatorWords ?words }
          OPTIONAL { ?target vnp:unitLabel ?unit }
          OPTIONAL { ?target sdmx-dimension:refPeriod ?year }
          BIND(COALESCE(?indicatorLabel, ?words) AS ?indicator)
          BIND(STRAFTER(STR(?c), "comparator/") AS ?comparator)
        } ORDER BY ?n ?target""";

    /** How a comparator reads in a page. */
    private static final Map<String, String> SYMBOLS =
            Map.of("lt", "<", "le", "≤", "eq", "=", "approx", "≈", "ge", "≥", "gt", ">", "range", "khoảng");

    private final LiveStore store;

    public ImplementationTree(LiveStore store) {
        this.store = store;
    }

    /** The tree from {@code document}, or empty when no document has that IRI. */
    public Optional<Node> from(String document) {
        return node(document, List.of(), 0, new HashSet<>());
    }

    private Optional<Node> node(String doc, List<String> relations, int depth, Set<String> seen) {
        List<QuerySolution> rows = select(DOCUMENT, doc);
        if (rows.isEmpty()) return Optional.empty();
        QuerySolution d = rows.getFirst();
        seen.add(doc);
        boolean inCorpus = d.contains("inCorpus") && d.getLiteral("inCorpus").getBoolean();
        Map<String, List<String>> childRelations = new LinkedHashMap<>();
        if (depth < MAX_DEPTH)
            for (QuerySolution c : select(CHILDREN, doc))
                childRelations
                        .computeIfAbsent(c.getResource("child").getURI(), k -> new ArrayList<>())
                        .add(c.getLiteral("relation").getString());
        List<Node> children = new ArrayList<>();
        childRelations.forEach((child, rel) -> {
            if (!seen.contains(child)) node(child, rel, depth + 1, seen).ifPresent(children::add);
        });
        return Optional.of(new Node(
                doc,
                RowValues.text(d, "title"),
                RowValues.text(d, "id"),
                RowValues.text(d, "jurisdiction"),
                RowValues.text(d, "issuer"),
                inCorpus,
                relations,
                inCorpus ? sections(doc) : List.of(),
                children));
    }

    private List<Section> sections(String doc) {
        Map<String, List<TaskItem>> tasks = new LinkedHashMap<>();
        for (QuerySolution t : select(TASKS, doc))
            tasks.computeIfAbsent(t.getResource("section").getURI(), k -> new ArrayList<>())
                    .add(new TaskItem(
                            t.getResource("task").getURI(),
                            t.getLiteral("path").getString(),
                            t.getLiteral("name").getString(),
                            RowValues.text(t, "lead"),
                            RowValues.text(t, "deadline")));
        Map<String, List<TargetItem>> targets = new LinkedHashMap<>();
        for (QuerySolution t : select(TARGETS, doc))
            targets.computeIfAbsent(t.getResource("section").getURI(), k -> new ArrayList<>())
                    .add(new TargetItem(
                            t.getResource("target").getURI(),
                            t.getLiteral("path").getString(),
                            RowValues.text(t, "indicator"),
                            SYMBOLS.getOrDefault(
                                    t.getLiteral("comparator").getString(),
                                    t.getLiteral("comparator").getString()),
                            t.getLiteral("value").getLexicalForm(),
                            RowValues.text(t, "unit"),
                            RowValues.text(t, "year")));
        return select(SECTIONS, doc).stream()
                .map(s -> {
                    String iri = s.getResource("section").getURI();
                    return new Section(
                            iri,
                            s.getLiteral("path").getString(),
                            RowValues.text(s, "heading"),
                            tasks.getOrDefault(iri, List.of()),
                            targets.getOrDefault(iri, List.of()));
                })
                .toList();
    }

    private List<QuerySolution> select(String query, String doc) {
        return store.select(query, Map.of("doc", ResourceFactory.createResource(doc)));
    }
}
