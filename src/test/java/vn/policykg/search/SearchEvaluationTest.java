package vn.policykg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.policykg.analysis.SearchFields;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.store.SeedGeneration;
import vn.policykg.store.TextIndexDefinition;

/**
 * MRR and recall@10 on src/test/resources/search/evaluation.tsv, for our analyzer and ranking and, as the
 * baseline, for Lucene's StandardAnalyzer over the same clause documents with the classic query parser.
 */
@ExtendWith(SeedGeneration.class)
public class SearchEvaluationTest {

    private static final int CUTOFF = 10;
    private static OpenedGeneration store;

    public record Judgement(String query, String exercises, Set<String> relevant) {}

    record Scores(double mrr, double recall) {}

    @BeforeAll
    static void open(OpenedGeneration seeds) {
        store = seeds;
    }

    public static List<Judgement> judgements() throws IOException {
        List<Judgement> out = new ArrayList<>();
        List<String> lines =
                Files.readAllLines(Path.of("src/test/resources/search/evaluation.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("#") || line.startsWith("query\t")) continue;
            String[] cols = line.split("\t");
            out.add(new Judgement(
                    cols[0],
                    cols[1],
                    Set.copyOf(
                            Arrays.stream(cols[2].split(";")).map(String::strip).toList())));
        }
        return out;
    }

    @Test
    void oursBeatsTheBaselineAndMeetsTheBar() throws Exception {
        List<Judgement> set = judgements();
        assertThat(set).hasSizeGreaterThanOrEqualTo(40);
        Searcher ours = new Searcher(store.textIndex());
        Scores our = score(
                set,
                q -> ours
                        .search(new SearchRequest(q, Map.of(), List.of(TextIndexDefinition.Kind.CLAUSE), CUTOFF, 0))
                        .results()
                        .stream()
                        .map(h -> h.documentFile().substring(0, 3) + ":" + h.clause())
                        .toList(),
                true);
        Scores standard;
        try (StandardBaseline baseline = new StandardBaseline(store.textIndex().searcher())) {
            standard = score(set, baseline::search, false);
        }
        System.out.printf(
                "Search evaluation, %d queries: ours MRR %.3f recall@10 %.3f; StandardAnalyzer MRR %.3f recall@10 %.3f%n",
                set.size(), our.mrr(), our.recall(), standard.mrr(), standard.recall());
        assertThat(our.mrr()).isGreaterThanOrEqualTo(0.85);
        assertThat(our.recall()).isGreaterThanOrEqualTo(0.95);
    }

    private static Scores score(List<Judgement> set, Function<String, List<String>> engine, boolean print) {
        double rr = 0;
        double recall = 0;
        for (Judgement j : set) {
            List<String> top = engine.apply(j.query());
            int first = 0;
            int found = 0;
            for (int i = 0; i < Math.min(CUTOFF, top.size()); i++)
                if (j.relevant().contains(top.get(i))) {
                    found++;
                    if (first == 0) first = i + 1;
                }
            rr += first == 0 ? 0 : 1.0 / first;
            recall += (double) found / j.relevant().size();
            if (print && (first != 1 || found < j.relevant().size()))
                System.out.printf(
                        "  %-45s first relevant at %d, %d/%d in top 10: %s%n",
                        j.query(), first, found, j.relevant().size(), top);
        }
        return new Scores(rr / set.size(), recall / set.size());
    }

    /** The same clause texts indexed with StandardAnalyzer, searched with the classic parser (any word). */
    private static final class StandardBaseline implements AutoCloseable {
        private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
        private final DirectoryReader reader;
        private final IndexSearcher searcher;
        private final StandardAnalyzer analyzer = new StandardAnalyzer();

        StandardBaseline(IndexSearcher ours) throws IOException {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < ours.getIndexReader().maxDoc(); i++) {
                    Document d = ours.storedFields().document(i);
                    if (!d.get(TextIndexDefinition.KIND_FIELD).equals(TextIndexDefinition.Kind.CLAUSE.key())) continue;
                    Document copy = new Document();
                    copy.add(new StoredField(
                            "id",
                            d.get(TextIndexDefinition.DOCUMENT_FILE_FIELD).substring(0, 3) + ":"
                                    + d.get(TextIndexDefinition.PATH_FIELD)));
                    copy.add(new TextField(SearchFields.TEXT, d.get(SearchFields.TEXT), Field.Store.NO));
                    w.addDocument(copy);
                }
            }
            reader = DirectoryReader.open(dir);
            searcher = new IndexSearcher(reader);
        }

        List<String> search(String q) {
            try {
                List<String> ids = new ArrayList<>();
                for (ScoreDoc sd : searcher.search(
                                new QueryParser(SearchFields.TEXT, analyzer).parse(QueryParser.escape(q)), CUTOFF)
                        .scoreDocs)
                    ids.add(searcher.storedFields().document(sd.doc).get("id"));
                return ids;
            } catch (IOException | ParseException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
            dir.close();
        }
    }
}
