package vn.policykg.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import vn.policykg.vocab.Vocab;

/**
 * data/manifest.ttl, read and checked: every document, body and jurisdiction it describes has what
 * the build needs, and every corpus document's source file exists. Faults name the file and line.
 */
public record Manifest(Path file, Model model, List<Entry> corpus) {

    /** The base of the manifest's own local names; the build replaces them with published IRIs. */
    public static final String LOCAL_BASE = "https://w3id.org/vnpolicy/manifest/";

    public static final String FILE_NAME = "manifest.ttl";
    /** The curated bodies beside the manifest, with the same local names; read into the same model. */
    public static final String BODIES_FILE_NAME = "bodies.ttl";
    /**
     * Relations to other documents stated by number ({@code <relation-by-number/amends> "145/2020/NĐ-CP"}),
     * as a document's header states them; the graph links them to the documents' nodes under the ELI
     * property of the same local name.
     */
    public static final String RELATION_BY_NUMBER = LOCAL_BASE + "relation-by-number/";

    /**
     * A document whose text is in the corpus, with its source file.
     *
     * @param publishedPath  the file's path as the graph states it ("data/sources/…", "nq57/…")
     * @param readFrom       for each fact read from the file itself, where (none for curated facts)
     */
    public record Entry(
            Resource document,
            Path sourceFile,
            String originalFileName,
            String publishedPath,
            List<ReadFrom> readFrom) {

        public Entry {
            readFrom = List.copyOf(readFrom);
        }
    }

    /** A fact of a document's description read from its own words: the property and the code-point span. */
    public record ReadFrom(Property property, int start, int end) {}

    /**
     * This manifest with documents read from corpus folders added: their descriptions are merged into the
     * model, a curated statement winning over a read one (see {@code vn.policykg.build.CorpusDocuments}).
     */
    public Manifest withCorpusDocuments(Model merged, List<Entry> added) {
        List<Entry> all = new ArrayList<>(corpus);
        all.addAll(added);
        return new Manifest(file, merged, List.copyOf(all));
    }

    private static final Property SKOS_PREF_LABEL = Vocab.prefLabel;

    /** The Vietnamese name of a jurisdiction without "tỉnh": "Lào Cai" for "tỉnh Lào Cai", "" when it has none. */
    public static String placeName(Resource jurisdiction) {
        return jurisdiction.listProperties(Vocab.prefLabel).toList().stream()
                .filter(s -> "vi".equals(s.getLanguage()))
                .map(Statement::getString)
                .findFirst()
                .orElse("")
                .replaceFirst("^tỉnh ", "");
    }

    public static Manifest read(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        String text = TurtleFile.text(file, "manifest");
        Model model = TurtleFile.parse(file, text, LOCAL_BASE);
        Path bodies = dataDir.resolve(BODIES_FILE_NAME);
        if (Files.isRegularFile(bodies)) {
            String bodiesText = TurtleFile.text(bodies, "body registry");
            Model registry = TurtleFile.parse(bodies, bodiesText, LOCAL_BASE);
            model.add(registry);
            new Checker(dataDir, bodies, bodiesText, model).checkBodies(registry);
        }
        return new Checker(dataDir, file, text, model).check();
    }

    /** Checks the model; the first fault found is reported with the line of the thing at fault. */
    private record Checker(Path dataDir, Path file, String text, Model model) {

        Manifest check() {
            List<Entry> corpus = new ArrayList<>();
            List<Resource> documents = model.listSubjectsWithProperty(RDF.type, Vocab.LegalResource)
                    .toList();
            documents.sort(Comparator.comparing(Resource::getURI));
            for (Resource doc : documents) {
                require(doc, Vocab.eliType);
                require(doc, Vocab.typeDocument);
                requireVietnamese(doc, Vocab.title);
                if (!doc.hasProperty(Vocab.idLocal) && !doc.hasProperty(Vocab.identityKey))
                    fail(doc, "a document needs eli:id_local (its number) or, when it has none, vnp:identityKey");
                checkJurisdiction(doc, require(doc, Vocab.eliJurisdiction));
                Resource body = require(doc, Vocab.passedBy).asResource();
                requireVietnamese(body, SKOS_PREF_LABEL);
                checkJurisdiction(body, require(body, Vocab.jurisdiction));
                if (doc.hasProperty(Vocab.sourceFile)) {
                    Path source = dataDir.resolve(
                                    doc.getProperty(Vocab.sourceFile).getString())
                            .normalize();
                    if (!source.startsWith(dataDir.normalize()) || !Files.isRegularFile(source))
                        fail(doc, "vnp:sourceFile names " + source + ", which does not exist");
                    String original =
                            require(doc, Vocab.originalFileName).asLiteral().getString();
                    corpus.add(new Entry(
                            doc,
                            source,
                            original,
                            "data/" + doc.getProperty(Vocab.sourceFile).getString(),
                            List.of()));
                }
            }
            if (corpus.isEmpty())
                throw new SourceFormatException(file, 0, "no document has a vnp:sourceFile: the corpus is empty");
            return new Manifest(file, model, List.copyOf(corpus));
        }

        /** Every body the registry describes has a Vietnamese name and a jurisdiction, and succeeds to a body. */
        void checkBodies(Model registry) {
            for (Resource described : registry.listSubjects().toList()) {
                Resource body = model.getResource(described.getURI());
                if (!model.contains(body, RDF.type, Vocab.Organization)) fail(body, "a body needs a org:Organization");
                requireVietnamese(body, SKOS_PREF_LABEL);
                checkJurisdiction(body, require(body, Vocab.jurisdiction));
                for (RDFNode next :
                        model.listObjectsOfProperty(body, Vocab.succeededBy).toList())
                    if (!next.isResource() || !model.contains(next.asResource(), RDF.type, Vocab.Organization))
                        fail(body, "vnp:succeededBy " + next + ", which is not a described body");
            }
        }

        void checkJurisdiction(Resource owner, RDFNode jurisdiction) {
            if (!jurisdiction.isResource() || !jurisdiction.asResource().hasProperty(Vocab.code))
                fail(owner, "its jurisdiction " + jurisdiction + " is not described with a vnp:code");
        }

        RDFNode require(Resource subject, Property p) {
            Statement s = subject.getProperty(p);
            if (s == null) fail(subject, "missing " + model.shortForm(p.getURI()));
            return s.getObject();
        }

        void requireVietnamese(Resource subject, Property p) {
            boolean found = subject.listProperties(p).toList().stream()
                    .anyMatch(s -> s.getObject().isLiteral()
                            && "vi".equals(s.getObject().asLiteral().getLanguage()));
            if (!found) fail(subject, "missing " + model.shortForm(p.getURI()) + " in Vietnamese (@vi)");
        }

        void fail(Resource subject, String message) {
            throw new SourceFormatException(file, lineOf(subject), "<" + local(subject) + ">: " + message);
        }

        /** Line where the subject is first written; 0 if it is only ever implied. */
        int lineOf(Resource subject) {
            int at = text.indexOf("<" + local(subject) + ">");
            return at < 0
                    ? 0
                    : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
        }

        static String local(Resource r) {
            String uri = r.isURIResource() ? r.getURI() : r.toString();
            return uri.startsWith(LOCAL_BASE) ? uri.substring(LOCAL_BASE.length()) : uri;
        }
    }
}
