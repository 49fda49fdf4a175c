package vn.policykg.web.linkeddata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.RDF;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import vn.policykg.vocab.Vocab;
import vn.policykg.web.Addresses;
import vn.policykg.web.RdfWriting;
import vn.policykg.web.linkeddata.PageValues.Block;
import vn.policykg.web.linkeddata.PageValues.Row;
import vn.policykg.web.linkeddata.PageValues.Value;

/**
 * The HTML page of a resource: what every page has (names, the resource's statements with their objects
 * named, its RDF forms, embedded JSON-LD, the source words behind it), then what its kind shows, from the
 * first {@link PagePart} that shows it (a document, clause, body, indicator, task, the ontology); a
 * resource of no kind gets only what every page has.
 */
@Component
public class ResourcePages {

    private final Addresses addresses;
    private final ResourceDescriptions descriptions;
    private final TermLabels terms;
    private final ResourceNames names;
    private final List<PagePart> parts;

    public ResourcePages(
            Addresses addresses,
            ResourceDescriptions descriptions,
            TermLabels terms,
            ResourceNames names,
            OntologyPage ontology,
            DocumentPage document,
            ClausePage clause,
            AgencyPage agency,
            TaskPage task,
            IndicatorPage indicator) {
        this.addresses = addresses;
        this.descriptions = descriptions;
        this.terms = terms;
        this.names = names;
        this.parts = List.of(ontology, document, clause, agency, task, indicator);
    }

    public ModelAndView page(String iri) {
        Model m = descriptions.describe(iri);
        Resource r = m.getResource(iri);
        PagePart part = parts.stream().filter(p -> p.shows(r)).findFirst().orElse(null);
        ModelAndView page = new ModelAndView("resource/page");
        page.addObject("kind", part == null ? "generic" : part.name());
        Model jsonLd = ModelFactory.createDefaultModel().add(m);
        page.addObject("iri", iri);
        page.addObject("path", addresses.path(iri));
        page.addObject("title", names.label(r));
        page.addObject("titleEn", ResourceNames.english(r));
        page.addObject(
                "types",
                r.listProperties(RDF.type).toList().stream()
                        .map(s -> names.link(s.getResource()))
                        .toList());
        page.addObject(
                "alternates",
                Representation.RDF.stream()
                        .map(f ->
                                new PageValues.Alternate(f.label, f.mediaType, addresses.path(iri) + "." + f.extension))
                        .toList());
        page.addObject("blocks", blocks(m, iri));
        page.addObject("quote", quote(m, iri));
        page.addObject("notes", ResourceNames.literals(r, Vocab.qualityNote));
        if (part != null) part.addTo(page, r, jsonLd);
        page.addObject("jsonLd", jsonLdScript(jsonLd));
        return page;
    }

    /** The resource's statements, then those of its fragments, objects named. */
    private List<Block> blocks(Model m, String iri) {
        List<Resource> subjects = m.listSubjects()
                .filterKeep(s -> s.isURIResource()
                        && ResourceDescriptions.withoutFragment(s.getURI()).equals(iri))
                .toList();
        subjects.sort(
                Comparator.comparing((Resource s) -> !s.getURI().equals(iri)).thenComparing(Resource::getURI));
        List<Block> out = new ArrayList<>();
        for (Resource s : subjects) {
            Map<String, List<Value>> byProperty =
                    new TreeMap<>(Comparator.comparing((String p) -> !p.equals(RDF.type.getURI()))
                            .thenComparing(p -> terms.vi(p))
                            .thenComparing(p -> p));
            for (Statement st : s.listProperties().toList())
                byProperty
                        .computeIfAbsent(st.getPredicate().getURI(), k -> new ArrayList<>())
                        .add(value(st.getObject()));
            List<Row> rows = byProperty.entrySet().stream()
                    .map(e -> new Row(
                            terms.vi(e.getKey()),
                            terms.of(e.getKey()).en(),
                            e.getKey(),
                            addresses.href(e.getKey()),
                            e.getValue().stream()
                                    .sorted(Comparator.comparing(Value::text))
                                    .toList()))
                    .toList();
            out.add(new Block(s.getURI(), rows));
        }
        return out;
    }

    private Value value(RDFNode o) {
        if (o.isLiteral())
            return new Value(o.asLiteral().getLexicalForm(), null, o.asLiteral().getLanguage());
        Resource r = o.asResource();
        return new Value(names.label(r), addresses.href(r.getURI()), "");
    }

    /** The exact source words behind a fact ({@code #quote}), if it is one. */
    private static String quote(Model m, String iri) {
        Statement exact = m.getResource(iri + "#quote").getProperty(Vocab.exact);
        return exact == null ? null : exact.getString();
    }

    /**
     * The embedded JSON-LD: the resource's RDF (and, for documents, its schema.org Legislation view), in
     * expanded form: compacting it against the prefixes (what the .jsonld representation does) took 7 of a
     * document page's 9 ms; machines that read the script expand it anyway.
     * It goes into the page unescaped by the template, so every '<' is written as \u003c: JSON allows that
     * only inside strings, where it means the same, and no "</script>" can end the element early.
     */
    private static String jsonLdScript(Model m) {
        return new String(RdfWriting.bytes(m, RDFFormat.JSONLD11_PLAIN), StandardCharsets.UTF_8)
                .replace("<", "\\u003c");
    }
}
