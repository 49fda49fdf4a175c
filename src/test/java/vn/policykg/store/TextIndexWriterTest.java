package vn.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.policykg.analysis.SearchFields;

/**
 * The text index is written as one segment, however many Lucene flushes on the way, its passages shortest first, and
 * searches the same.
 */
class TextIndexWriterTest {

    @TempDir
    Path dir;

    @Test
    void aWrittenIndexIsOneSegmentAndFindsWhatTheStoresIndexFinds() throws IOException {
        int written = TextIndexWriter.write(BuiltStore.seedGraph(), dir, 50);
        try (FSDirectory directory = FSDirectory.open(dir);
                DirectoryReader reader = DirectoryReader.open(directory);
                VietnameseTextIndex stores = VietnameseTextIndex.open(
                        BuiltStore.layout().current().orElseThrow().textDir())) {
            assertThat(written).isGreaterThan(500);
            assertThat(reader.numDocs()).isEqualTo(written);
            assertThat(reader.leaves()).hasSize(1);

            Query query = stores.parser().parse("giảm nghèo đa chiều").orElseThrow();
            List<String> found = entities(new IndexSearcher(reader), query);
            assertThat(found).isEqualTo(entities(stores.searcher(), query)).contains(PassageCodecTest.CLAUSE);
        }
    }

    /** Flushed every 50 passages (17 segments merged) or only at the end (one segment, not written again). */
    @ParameterizedTest
    @ValueSource(ints = {50, IndexWriterConfig.DISABLE_AUTO_FLUSH})
    void aWrittenIndexHoldsItsPassagesShortestFirst(int flushEveryDocs) throws IOException {
        TextIndexWriter.write(BuiltStore.seedGraph(), dir, flushEveryDocs);
        try (FSDirectory directory = FSDirectory.open(dir);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            NumericDocValues norms = reader.leaves().get(0).reader().getNormValues(SearchFields.TEXT_FOLDED);
            List<Integer> lengths = new ArrayList<>();
            for (int d = norms.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = norms.nextDoc()) {
                assertThat(d).isEqualTo(lengths.size());
                lengths.add(Byte.toUnsignedInt((byte) norms.longValue()));
            }
            assertThat(lengths).hasSize(reader.maxDoc()).isSorted();
            assertThat(lengths.getFirst()).isLessThan(lengths.getLast());
            // Passages of one length in the order written, however many segments Lucene flushed.
            StoredFields stored = reader.storedFields();
            Map<String, Integer> lengthOf = new HashMap<>();
            List<String> inIndex = new ArrayList<>();
            for (int d = 0; d < reader.maxDoc(); d++) {
                String entity = stored.document(d).get(TextIndexDefinition.ENTITY_FIELD);
                inIndex.add(entity);
                lengthOf.put(entity, lengths.get(d));
            }
            List<String> written = new ArrayList<>();
            TextIndexWriter.passages(BuiltStore.seedGraph(), p -> written.add(p.get(TextIndexDefinition.ENTITY_FIELD)));
            written.sort(Comparator.comparing(lengthOf::get));
            assertThat(inIndex).isEqualTo(written);
            assertThat(reader.getIndexCommit().getUserData())
                    .containsEntry(TextIndexDefinition.VERSION_KEY, TextIndexDefinition.VERSION);
        }
    }

    /** Every hit's entity, sorted: the two indexes may number the same passages differently. */
    private static List<String> entities(IndexSearcher searcher, Query query) throws IOException {
        StoredFields stored = searcher.getIndexReader().storedFields();
        List<String> out = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, searcher.getIndexReader().maxDoc()).scoreDocs)
            out.add(stored.document(hit.doc).get(TextIndexDefinition.ENTITY_FIELD));
        out.sort(null);
        return out;
    }
}
