package vn.policykg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import vn.policykg.analysis.SearchFields;
import vn.policykg.store.TextIndexDefinition.Facet;
import vn.policykg.store.TextIndexDefinition.Kind;
import vn.policykg.vocab.Vocab;

/**
 * Writes the text index of a store from the graph in its TDB2 database, so a build and a repair at start
 * make the same index from the same place. Clauses, tasks and targets each get one Lucene document
 * ({@link TextIndexDefinition}); a task or target carries the facets of its clause. The index is one segment, its
 * passages {@link ShortestFirst}.
 */
public final class TextIndexWriter {

    private static final String CLAUSE_SEPARATOR = "\n";

    private TextIndexWriter() {}

    /** Replaces whatever is in {@code dir} with the index of {@code dataset}; returns the documents written. */
    public static int write(Dataset dataset, Path dir) {
        return Txn.calculateRead(dataset, () -> write(dataset.getDefaultModel(), dir));
    }

    /** The same from a graph in hand (the benchmark's synthetic corpus). */
    public static int write(Model graph, Path dir) {
        return write(graph, dir, IndexWriterConfig.DISABLE_AUTO_FLUSH);
    }

    /**
     * The same, flushing a segment every {@code flushEveryDocs} documents besides Lucene's memory bound (a test's
     * way to get several segments from a small graph).
     */
    static int write(Model graph, Path dir, int flushEveryDocs) {
        IndexWriterConfig config = new IndexWriterConfig(SearchFields.indexAnalyzer())
                .setCodec(new PassageCodec())
                .setMaxBufferedDocs(flushEveryDocs)
                .setMergePolicy(ShortestFirst.intoOneSegment())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (FSDirectory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, config)) {
            // Added shortest first, so that one flushed segment is in order as it is; a forced merge puts several
            // into one. The index never changes after this, and every search pays per segment (each term looked
            // up, each facet's values and ordinals read), which on the 10× corpus's 21 segments was a quarter to a
            // third of a search.
            Reader reader = new Reader(graph);
            List<Passage> passages = reader.passages();
            Analyzer analyzer = SearchFields.indexAnalyzer();
            int[] length = new int[passages.size()];
            for (int i = 0; i < length.length; i++)
                length[i] = ShortestFirst.length(analyzer, reader.words(passages.get(i)));
            for (int i : ShortestFirst.order(length)) writer.addDocument(reader.document(passages.get(i)));
            if (!inOrderAlready(writer)) writer.forceMerge(1);
            writer.setLiveCommitData(Map.of(TextIndexDefinition.VERSION_KEY, TextIndexDefinition.VERSION)
                    .entrySet());
            writer.commit();
            return passages.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the text index in " + dir, e);
        }
    }

    /** Whether what {@code writer} holds is one segment with its passages {@link ShortestFirst}. */
    private static boolean inOrderAlready(IndexWriter writer) throws IOException {
        try (DirectoryReader written = DirectoryReader.open(writer)) {
            return written.leaves().size() == 1
                    && ShortestFirst.holds(written.leaves().getFirst().reader());
        }
    }

    /**
     * Every passage of {@code graph} as the index holds it, one Lucene document each, in a fixed order: the clauses
     * with words, then the tasks, then the targets. Returns how many.
     */
    public static int passages(Model graph, Consumer<Document> sink) {
        return new Reader(graph).each(sink);
    }

    /** One passage of the index: what it is, and the clause it stands in (itself for a clause). */
    private record Passage(Kind kind, Resource node, Resource clause) {}

    /** Reads the graph once per document and clause, remembering what clauses and documents share. */
    private static final class Reader {
        private final Model graph;
        private final Map<Resource, Map<Facet, Map<String, String>>> documentFacets = new HashMap<>();
        private final Map<Resource, Map<Facet, Map<String, String>>> clauseFacets = new HashMap<>();

        Reader(Model graph) {
            this.graph = graph;
        }

        int each(Consumer<Document> sink) {
            List<Passage> passages = passages();
            for (Passage p : passages) sink.accept(document(p));
            return passages.size();
        }

        /** The passages in a fixed order: the clauses with words, then the tasks, then the targets. */
        List<Passage> passages() {
            List<Passage> out = new ArrayList<>();
            for (Resource clause : graph.listSubjectsWithProperty(RDF.type, Vocab.LegalResourceSubdivision)
                    .toList()) if (!clauseWords(clause).isBlank()) out.add(new Passage(Kind.CLAUSE, clause, clause));
            for (Resource task :
                    graph.listSubjectsWithProperty(RDF.type, Vocab.Task).toList())
                out.add(new Passage(Kind.TASK, task, task.getPropertyResourceValue(Vocab.statedIn)));
            for (Resource target :
                    graph.listSubjectsWithProperty(RDF.type, Vocab.TargetClass).toList())
                out.add(new Passage(Kind.TARGET, target, target.getPropertyResourceValue(Vocab.statedIn)));
            return out;
        }

        /** What a passage says: its clause's words, or for a target what the target is about. */
        String words(Passage p) {
            return p.kind() == Kind.TARGET ? targetWords(p.node()) : clauseWords(p.clause());
        }

        Document document(Passage p) {
            String words = words(p);
            Kind kind = p.kind();
            Resource node = p.node();
            Resource clause = p.clause();
            Document d = new Document();
            d.add(new StringField(TextIndexDefinition.ENTITY_FIELD, node.getURI(), Field.Store.YES));
            d.add(new StringField(TextIndexDefinition.KIND_FIELD, kind.key(), Field.Store.YES));
            d.add(new StoredField(TextIndexDefinition.CLAUSE_FIELD, clause.getURI()));
            d.add(new StoredField(TextIndexDefinition.PATH_FIELD, string(clause, Vocab.numberPath)));
            d.add(new TextField(SearchFields.TEXT, words, Field.Store.YES));
            d.add(new Field(SearchFields.TEXT_FOLDED, words, TextIndexDefinition.FOLDED_TYPE));
            for (String f : List.of(SearchFields.TEXT_BIGRAMS, SearchFields.TEXT_FOLDED_BIGRAMS))
                d.add(new TextField(f, words, Field.Store.NO));
            Resource doc = clause.getPropertyResourceValue(Vocab.document);
            d.add(new StoredField(TextIndexDefinition.DOCUMENT_FIELD, doc.getURI()));
            d.add(new StoredField(TextIndexDefinition.DOCUMENT_TITLE_FIELD, label(doc, Vocab.title)));
            d.add(new StoredField(TextIndexDefinition.DOCUMENT_LABEL_FIELD, documentLabel(doc)));
            Resource source = doc.getPropertyResourceValue(Vocab.sourceText);
            d.add(new StoredField(
                    TextIndexDefinition.DOCUMENT_FILE_FIELD,
                    source == null ? "" : string(source, Vocab.originalFileName)));
            for (var facet :
                    clauseFacets.computeIfAbsent(clause, c -> facetsOf(c, doc)).entrySet())
                addFacet(d, facet.getKey(), facet.getValue());
            return d;
        }

        private static void addFacet(Document d, Facet facet, Map<String, String> values) {
            for (var v : values.entrySet()) {
                d.add(new StringField(facet.field(), v.getKey(), Field.Store.NO));
                d.add(new SortedSetDocValuesField(
                        facet.countField(),
                        new BytesRef(v.getKey() + TextIndexDefinition.LABEL_SEPARATOR + v.getValue())));
            }
        }

        /** Key → label of each facet of a clause: those of its document, its tasks' bodies, its targets' indicators. */
        private Map<Facet, Map<String, String>> facetsOf(Resource clause, Resource doc) {
            Map<Facet, Map<String, String>> facets =
                    new LinkedHashMap<>(documentFacets.computeIfAbsent(doc, this::documentFacetsOf));
            Map<String, String> agencies = new LinkedHashMap<>();
            Map<String, String> indicators = new LinkedHashMap<>();
            for (Resource fact :
                    graph.listSubjectsWithProperty(Vocab.statedIn, clause).toList()) {
                for (Property role : List.of(Vocab.lead, Vocab.coordinating, Vocab.directing))
                    for (Statement s : fact.listProperties(role).toList())
                        agencies.put(s.getResource().getURI(), label(s.getResource(), Vocab.prefLabel));
                Resource indicator = fact.getPropertyResourceValue(Vocab.indicator);
                if (indicator != null) indicators.put(indicator.getURI(), label(indicator, Vocab.prefLabel));
            }
            facets.put(Facet.AGENCY, agencies);
            facets.put(Facet.INDICATOR, indicators);
            return facets;
        }

        /** The document itself and the facets that are {@link Facet#ofTheDocument() of the document}. */
        private Map<Facet, Map<String, String>> documentFacetsOf(Resource doc) {
            Map<Facet, Map<String, String>> facets = new LinkedHashMap<>();
            facets.put(Facet.DOCUMENT, Map.of(doc.getURI(), documentLabel(doc)));
            facets.put(
                    Facet.TYPE, values(doc, Vocab.typeDocument, t -> t.getLocalName(), t -> label(t, Vocab.prefLabel)));
            facets.put(
                    Facet.PROVINCE,
                    values(doc, Vocab.eliJurisdiction, j -> string(j, Vocab.code), j -> label(j, Vocab.prefLabel)));
            facets.put(Facet.ISSUER, values(doc, Vocab.passedBy, Resource::getURI, b -> label(b, Vocab.prefLabel)));
            Statement date = doc.getProperty(Vocab.dateDocument);
            String year = date == null ? null : date.getString().substring(0, 4);
            facets.put(Facet.YEAR, year == null ? Map.of() : Map.of(year, year));
            return facets;
        }

        private static Map<String, String> values(
                Resource r, Property p, Function<Resource, String> key, Function<Resource, String> label) {
            Map<String, String> out = new LinkedHashMap<>();
            for (Statement s : r.listProperties(p).toList())
                out.put(key.apply(s.getResource()), label.apply(s.getResource()));
            return out;
        }

        /** "04/CTr-UBND – Ủy ban nhân dân tỉnh Lào Cai", or the kind of document when it has no number. */
        private String documentLabel(Resource doc) {
            String number = string(doc, Vocab.idLocal);
            String what = number.isEmpty() ? kindLabel(doc) : number;
            Resource issuer = doc.getPropertyResourceValue(Vocab.passedBy);
            return issuer == null ? what : what + " – " + label(issuer, Vocab.prefLabel);
        }

        private String kindLabel(Resource doc) {
            for (Statement s : doc.listProperties(Vocab.typeDocument).toList())
                if (!s.getResource().getLocalName().equals("party-document"))
                    return label(s.getResource(), Vocab.prefLabel);
            return label(doc, Vocab.title);
        }

        private String clauseWords(Resource clause) {
            String heading = string(clause, Vocab.heading);
            String text = string(clause, Vocab.text);
            // A clause's text usually opens with its heading already.
            return heading.isEmpty() || text.startsWith(heading)
                    ? text
                    : text.isEmpty() ? heading : heading + CLAUSE_SEPARATOR + text;
        }

        /** What a target is about: its indicator's label, its own words and the source words it was read from. */
        private String targetWords(Resource target) {
            List<String> words = new ArrayList<>();
            Resource indicator = target.getPropertyResourceValue(Vocab.indicator);
            if (indicator != null) words.add(label(indicator, Vocab.prefLabel));
            words.add(string(target, Vocab.indicatorWords));
            for (Resource annotation :
                    graph.listSubjectsWithProperty(Vocab.hasBody, target).toList()) {
                Resource t = annotation.getPropertyResourceValue(Vocab.hasTarget);
                for (Statement sel : t == null
                        ? List.<Statement>of()
                        : t.listProperties(Vocab.hasSelector).toList())
                    words.add(string(sel.getResource(), Vocab.exact));
            }
            return String.join(
                    CLAUSE_SEPARATOR,
                    words.stream().filter(w -> !w.isBlank()).distinct().toList());
        }

        private static String string(Resource r, Property p) {
            Statement s = r.getProperty(p);
            return s == null ? "" : s.getString();
        }

        /** The Vietnamese label, else any. */
        private static String label(Resource r, Property p) {
            Statement s = r.getProperty(p, "vi");
            if (s == null) s = r.getProperty(p);
            RDFNode o = s == null ? null : s.getObject();
            return o == null ? r.getURI() : o.asLiteral().getString();
        }
    }
}
