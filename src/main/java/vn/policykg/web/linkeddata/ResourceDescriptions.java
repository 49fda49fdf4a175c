package vn.policykg.web.linkeddata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.springframework.stereotype.Component;
import vn.policykg.store.GenerationMemo;
import vn.policykg.store.LiveStore;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.vocab.Vocab;

/**
 * What the service answers for a resource: every triple whose subject is the resource or one of its
 * fragments ({@code …#span}, {@code …#source}, …, which a client cannot ask for separately); the facts
 * that point at it in a few telling ways (stated in this clause, led or coordinated by this body, a target
 * of this indicator, implementing or citing this document); and the type and labels of everything named,
 * so a reader needs no second request to know what the links are.
 */
@Component
public class ResourceDescriptions {

    /** The links into a resource that its description includes. */
    private static final List<Node> INCOMING = List.of(
            Vocab.statedIn.asNode(),
            Vocab.lead.asNode(),
            Vocab.coordinating.asNode(),
            Vocab.directing.asNode(),
            Vocab.indicator.asNode(),
            Vocab.citedDocument.asNode(),
            Vocab.applies.asNode(),
            Vocab.basedOn.asNode(),
            Vocab.issuedUnder.asNode());

    /** What is copied about a linked thing. */
    private static final List<Node> NAMING = List.of(
            RDF.type.asNode(),
            SKOS.prefLabel.asNode(),
            RDFS.label.asNode(),
            Vocab.title.asNode(),
            Vocab.schemaName.asNode(),
            Vocab.numberPath.asNode(),
            Vocab.heading.asNode());

    private final LiveStore store;
    /** The served resources of the generation: fragment-less IRI → the subjects it stands for. */
    private final GenerationMemo<Map<String, List<Node>>> index;

    public ResourceDescriptions(LiveStore store) {
        this.store = store;
        this.index = new GenerationMemo<>(store, ResourceDescriptions::index);
    }

    /** Every resource IRI with a description (no fragments), sorted. */
    public Set<String> resources() {
        return Collections.unmodifiableSet(index.get().keySet());
    }

    public boolean exists(String iri) {
        return index.get().containsKey(iri);
    }

    /** The description of {@code iri}, or null when the graph says nothing about it. */
    public Model describe(String iri) {
        List<Node> subjects = index.get().get(iri);
        if (subjects == null) return null;
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            Graph g = ds.asDatasetGraph().getDefaultGraph();
            Model out = ModelFactory.createDefaultModel().setNsPrefixes(Vocab.PREFIXES);
            Graph og = out.getGraph();
            Set<Node> own = new HashSet<>(subjects);
            Set<Node> linked = new HashSet<>();
            for (Node s : subjects) {
                g.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                    og.add(t);
                    if (t.getObject().isURI() && !own.contains(t.getObject())) linked.add(t.getObject());
                });
                for (Node p : INCOMING)
                    g.find(Node.ANY, p, s).forEachRemaining(t -> {
                        og.add(t);
                        linked.add(t.getSubject());
                    });
            }
            for (Node o : linked) for (Node p : NAMING) g.find(o, p, Node.ANY).forEachRemaining(og::add);
            return out;
        });
    }

    private static Map<String, List<Node>> index(OpenedGeneration gen) {
        Dataset ds = gen.dataset();
        Map<String, List<Node>> subjects = Txn.calculateRead(ds, () -> {
            Map<String, List<Node>> bySubject = new TreeMap<>();
            Set<Node> seen = new HashSet<>();
            ds.asDatasetGraph().getDefaultGraph().find().forEachRemaining((Triple t) -> {
                Node s = t.getSubject();
                if (s.isURI() && seen.add(s))
                    bySubject
                            .computeIfAbsent(withoutFragment(s.getURI()), k -> new ArrayList<>())
                            .add(s);
            });
            return bySubject;
        });
        subjects.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(subjects);
    }

    public static String withoutFragment(String iri) {
        int hash = iri.indexOf('#');
        return hash < 0 ? iri : iri.substring(0, hash);
    }
}
