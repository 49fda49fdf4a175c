package vn.policykg.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykg.analysis.SearchFields;
import vn.policykg.store.BuiltStore;
import vn.policykg.store.PassageCodec;
import vn.policykg.store.TextIndexDefinition;
import vn.policykg.store.TextIndexDefinition.Kind;
import vn.policykg.store.TextIndexWriter;
import vn.policykg.store.VietnameseTextIndex;

/**
 * The text index keeps its passages shortest first, for speed; every search over the five seeds answers as over
 * the same passages in the order they were written: the same hits in the same order (ties too), scores, snippets,
 * totals and facet counts.
 */
class PassageOrderTest {

    @TempDir
    Path dir;

    @Test
    void everySearchAnswersAsInTheOrderWritten() throws IOException {
        Model seeds = BuiltStore.seedGraph();
        Path ordered = dir.resolve("ordered");
        Path written = dir.resolve("written");
        TextIndexWriter.write(seeds, ordered);
        inTheOrderWritten(seeds, written);
        List<String> queries = new ArrayList<>(BenchmarkPhrases.ALL);
        queries.addAll(List.of("BHYT", "\"chủ trì\""));
        SearchEvaluationTest.judgements().forEach(j -> queries.add(j.query()));
        try (VietnameseTextIndex inOrder = VietnameseTextIndex.open(ordered);
                VietnameseTextIndex asWritten = VietnameseTextIndex.open(written)) {
            assertThat(entities(inOrder)).as("the passages were reordered").isNotEqualTo(entities(asWritten));
            Searcher a = new Searcher(inOrder);
            Searcher b = new Searcher(asWritten);
            int ties = 0;
            for (String q : queries)
                for (SearchRequest r : List.of(
                        SearchRequest.of(q),
                        new SearchRequest(q, Map.of(), List.of(), 10, 90),
                        new SearchRequest(q, Map.of(), List.of(), 100, 100),
                        new SearchRequest(q, Map.of(), List.of(Kind.TASK), 10, 0))) {
                    SearchResults expected = b.search(r);
                    assertThat(a.search(r)).as(r.toString()).isEqualTo(expected);
                    for (int i = 1; i < expected.results().size(); i++)
                        if (expected.results().get(i).score()
                                == expected.results().get(i - 1).score()) ties++;
                }
            assertThat(ties)
                    .as("hits tied in score, whose order the passages' order decides")
                    .isGreaterThan(100);
        }
    }

    /** The passages as {@link TextIndexWriter#passages} gives them, in one segment, in that order. */
    private static void inTheOrderWritten(Model graph, Path to) throws IOException {
        try (FSDirectory directory = FSDirectory.open(to);
                IndexWriter writer = new IndexWriter(
                        directory, new IndexWriterConfig(SearchFields.indexAnalyzer()).setCodec(new PassageCodec()))) {
            TextIndexWriter.passages(graph, d -> {
                try {
                    writer.addDocument(d);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.forceMerge(1);
            writer.commit();
        }
    }

    private static List<String> entities(VietnameseTextIndex index) throws IOException {
        DirectoryReader reader = (DirectoryReader) index.searcher().getIndexReader();
        List<String> out = new ArrayList<>();
        for (int d = 0; d < reader.maxDoc(); d++)
            out.add(reader.storedFields().document(d).get(TextIndexDefinition.ENTITY_FIELD));
        return out;
    }
}
