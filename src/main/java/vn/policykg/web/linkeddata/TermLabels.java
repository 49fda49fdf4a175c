package vn.policykg.web.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.springframework.stereotype.Component;
import vn.policykg.store.GenerationMemo;
import vn.policykg.store.LiveStore;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.web.Addresses;

/**
 * Vietnamese and English names of the terms pages show (properties, classes, concepts): our ontology's
 * own labels from the served graph, and for the reused vocabularies (ELI, ORG, SKOS, …) a curated file,
 * {@code linkeddata/term-labels.ttl}.
 */
@Component
public class TermLabels {

    /** A term's names; either may be null. */
    public record Names(String vi, String en) {}

    private static final String CURATED = "/linkeddata/term-labels.ttl";

    private final GenerationMemo<Map<String, Names>> labels;

    public TermLabels(LiveStore store) {
        Model curated = ModelFactory.createDefaultModel();
        try (InputStream in = TermLabels.class.getResourceAsStream(CURATED)) {
            RDFDataMgr.read(curated, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CURATED, e);
        }
        this.labels = new GenerationMemo<>(store, gen -> collect(curated, gen));
    }

    public Names of(String iri) {
        return labels.get().getOrDefault(iri, new Names(null, null));
    }

    /** The Vietnamese name, else the English one, else the IRI's last part. */
    public String vi(String iri) {
        Names n = of(iri);
        return n.vi() != null ? n.vi() : n.en() != null ? n.en() : localName(iri);
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    private static Map<String, Names> collect(Model curated, OpenedGeneration gen) {
        Map<String, Names> out = new HashMap<>();
        add(out, curated);
        Dataset ds = gen.dataset();
        Txn.executeRead(
                ds,
                () -> add(
                        out,
                        ds.getDefaultModel()
                                .listStatements(null, RDFS.label, (RDFNode) null)
                                .toModel()
                                .add(ds.getDefaultModel()
                                        .listStatements(null, SKOS.prefLabel, (RDFNode) null)
                                        .filterKeep(s -> s.getSubject().getURI() != null
                                                && s.getSubject().getURI().startsWith(Addresses.ONTOLOGY))
                                        .toList())));
        return Map.copyOf(out);
    }

    private static void add(Map<String, Names> out, Model m) {
        for (Statement s : m.listStatements().toList()) {
            if (!s.getSubject().isURIResource()
                    || !s.getObject().isLiteral()
                    || !(s.getPredicate().equals(RDFS.label) || s.getPredicate().equals(SKOS.prefLabel))) continue;
            Literal l = s.getLiteral();
            Names old = out.getOrDefault(s.getSubject().getURI(), new Names(null, null));
            Names merged = switch (l.getLanguage()) {
                case "vi" -> new Names(l.getString(), old.en());
                case "en" -> new Names(old.vi(), l.getString());
                default -> old.en() == null ? new Names(old.vi(), l.getString()) : old;
            };
            out.put(s.getSubject().getURI(), merged);
        }
    }
}
