package vn.policykg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import vn.policykg.analysis.SearchFields;
import vn.policykg.analysis.VietnameseQueryParser;
import vn.policykg.store.TextIndexDefinition.Kind;

/**
 * The text index of a generation as jena-text sees it, so {@code text:query} at /sparql searches with the
 * Vietnamese analyzer and ranking of /api/search: the query string is read by {@link VietnameseQueryParser}
 * (words, "quoted phrases"; no Lucene syntax). The index is written once by {@link TextIndexWriter}; here
 * it is only read, so writes through the dataset are refused.
 */
public final class VietnameseTextIndex implements TextIndex, AutoCloseable {

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final VietnameseQueryParser parser = new VietnameseQueryParser();
    private final EntityDefinition definition = TextIndexDefinition.entityDefinition();

    /** How many passages of each kind the index holds: which side of a kind restriction is cheaper to walk. */
    private final Map<Kind, Integer> passagesOfKind = new EnumMap<>(Kind.class);

    private VietnameseTextIndex(FSDirectory directory, DirectoryReader reader) throws IOException {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        for (Kind k : Kind.values()) passagesOfKind.put(k, reader.docFreq(kindTerm(k)));
    }

    public static VietnameseTextIndex open(Path dir) throws IOException {
        FSDirectory directory = FSDirectory.open(dir);
        try {
            return new VietnameseTextIndex(directory, DirectoryReader.open(directory));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** For /api/search: the same documents, searched with filters and counts of its own. */
    public IndexSearcher searcher() {
        return searcher;
    }

    public VietnameseQueryParser parser() {
        return parser;
    }

    /**
     * Adds to {@code query} what keeps its hits to {@code kinds} (none or all of them: no restriction). Every
     * passage has exactly one kind ({@link TextIndexWriter}), so "one of these kinds" equals "none of the others",
     * and the rarer side is the one added: a filter matching nearly every passage (clauses are 99% of them) costs
     * a walk of its postings alongside every hit, while excluding the few others costs next to nothing.
     */
    public void restrictToKinds(BooleanQuery.Builder query, Collection<Kind> kinds) {
        EnumSet<Kind> others = EnumSet.allOf(Kind.class);
        others.removeAll(kinds);
        if (kinds.isEmpty() || others.isEmpty()) return;
        if (passages(others) <= passages(kinds)) {
            others.forEach(k -> query.add(new TermQuery(kindTerm(k)), Occur.MUST_NOT));
        } else {
            BooleanQuery.Builder anyKind = new BooleanQuery.Builder();
            kinds.forEach(k -> anyKind.add(new TermQuery(kindTerm(k)), Occur.SHOULD));
            query.add(anyKind.build(), Occur.FILTER);
        }
    }

    private long passages(Collection<Kind> kinds) {
        return kinds.stream().mapToLong(passagesOfKind::get).sum();
    }

    private static Term kindTerm(Kind kind) {
        return new Term(TextIndexDefinition.KIND_FIELD, kind.key());
    }

    // jena-text's many overloads all come here; graph, language and highlighting do not apply to this index.
    @Override
    public List<TextHit> query(
            Node subject, List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return search(subject, props, qs, limit);
    }

    private List<TextHit> search(Node subject, List<Resource> props, String qs, int limit) {
        Optional<Query> words = parser.parse(qs);
        if (words.isEmpty()) return List.of();
        BooleanQuery.Builder q = new BooleanQuery.Builder().add(words.get(), Occur.MUST);
        restrictToKinds(q, kinds(props));
        if (subject != null && subject.isURI())
            q.add(new TermQuery(new Term(TextIndexDefinition.ENTITY_FIELD, subject.getURI())), Occur.FILTER);
        try {
            Query query = q.build();
            // No limit means every hit: jena-text's own index stops at 10,000 without saying so.
            int n = limit > 0 ? limit : Math.max(1, searcher.count(query));
            List<TextHit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(query, n).scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                Kind kind = Kind.valueOf(d.get(TextIndexDefinition.KIND_FIELD).toUpperCase(Locale.ROOT));
                hits.add(new TextHit(
                        NodeFactory.createURI(d.get(TextIndexDefinition.ENTITY_FIELD)),
                        sd.score,
                        NodeFactory.createLiteralLang(d.get(SearchFields.TEXT), "vi"),
                        null,
                        kind.predicate()));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("Text index search failed", e);
        }
    }

    /** The kinds the named predicates ask for; none named means every kind. */
    private static List<Kind> kinds(List<Resource> props) {
        List<Kind> kinds = new ArrayList<>();
        for (Resource p : props == null ? List.<Resource>of() : props)
            for (Kind k : Kind.values()) if (k.predicate().equals(p.asNode())) kinds.add(k);
        return kinds;
    }

    private static List<Resource> propList(Node property) {
        return property == null ? List.of() : List.of(ResourceFactory.createResource(property.getURI()));
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit) {
        return search(null, propList(property), qs, limit);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang) {
        return query(property, qs, graphURI, lang, -1);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return query(property, qs, graphURI, lang, limit);
    }

    @Override
    public List<TextHit> query(
            List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return search(null, props, qs, limit);
    }

    @Override
    public List<TextHit> query(
            String uri, List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return search(uri == null ? null : NodeFactory.createURI(uri), props, qs, limit);
    }

    @Override
    public EntityDefinition getDocDef() {
        return definition;
    }

    @Override
    public Map<String, Node> get(String uri) {
        return Map.of();
    }

    @Override
    public void addEntity(Entity entity) {
        throw readOnly();
    }

    @Override
    public void updateEntity(Entity entity) {
        throw readOnly();
    }

    @Override
    public void deleteEntity(Entity entity) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("The text index is written by the store build only");
    }

    // Nothing is written through this index, so a transaction has nothing of it to commit.
    @Override
    public void prepareCommit() {}

    @Override
    public void commit() {}

    @Override
    public void rollback() {}

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the text index", e);
        }
    }
}
