package vn.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.codecs.NormsProducer;
import org.apache.lucene.codecs.lucene90.Lucene90NormsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.SmallFloat;
import org.junit.jupiter.api.Test;
import vn.policykg.analysis.SearchFields;

/** Norms read from the heap ({@link NormsOnHeap}) are the ones Lucene's own format reads from the same files. */
class NormsOnHeapTest {

    @Test
    void theSeedIndexsNormsAreLucenesOwnAndAClauseHasItsLength() throws IOException {
        StoreLayout.Generation gen = BuiltStore.layout().current().orElseThrow();
        try (FSDirectory dir = FSDirectory.open(gen.textDir());
                DirectoryReader reader = DirectoryReader.open(dir)) {
            int fields = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                SegmentReader segment = (SegmentReader) leaf.reader();
                try (LucenesOwn lucenes = LucenesOwn.of(segment)) {
                    for (FieldInfo field : segment.getFieldInfos()) {
                        if (!field.hasNorms()) continue;
                        fields++;
                        assertSame(field, lucenes.norms(), segment);
                    }
                }
            }
            assertThat(fields).isGreaterThanOrEqualTo(4);

            // "Giảm nghèo đa chiều", P2.I.2.1 of Lào Cai's scheme: four syllables, folded.
            IndexSearcher searcher = new IndexSearcher(reader);
            int doc = searcher.search(
                            new TermQuery(new Term(TextIndexDefinition.ENTITY_FIELD, PassageCodecTest.CLAUSE)), 1)
                    .scoreDocs[0]
                    .doc;
            LeafReaderContext leaf = reader.leaves().get(0);
            NumericDocValues folded = leaf.reader().getNormValues(SearchFields.TEXT_FOLDED);
            assertThat(folded.advanceExact(doc - leaf.docBase)).isTrue();
            assertThat(folded.longValue()).isEqualTo(SmallFloat.intToByte4(4));
        }
    }

    @Test
    void aPassageWithoutTheFieldHasNoNorm() throws IOException {
        try (Directory dir = new ByteBuffersDirectory()) {
            IndexWriterConfig config = new IndexWriterConfig(SearchFields.indexAnalyzer()).setCodec(new PassageCodec());
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                writer.addDocument(passage("Giảm nghèo đa chiều"));
                writer.addDocument(new Document());
                writer.addDocument(passage("Bảo đảm an sinh xã hội"));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                SegmentReader segment = (SegmentReader) reader.leaves().get(0).reader();
                try (LucenesOwn lucenes = LucenesOwn.of(segment)) {
                    assertSame(segment.getFieldInfos().fieldInfo(SearchFields.TEXT), lucenes.norms(), segment);
                }
                NumericDocValues norms = segment.getNormValues(SearchFields.TEXT);
                List<Integer> withNorm = new ArrayList<>();
                for (int d = norms.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = norms.nextDoc()) withNorm.add(d);
                assertThat(withNorm).containsExactly(0, 2);
                assertThat(norms.advanceExact(1)).isFalse();
                assertThat(norms.advanceExact(2)).isTrue();
                assertThat(norms.longValue()).as("six syllables").isEqualTo(SmallFloat.intToByte4(6));
            }
        }
    }

    private static Document passage(String text) {
        Document d = new Document();
        d.add(new StringField(TextIndexDefinition.KIND_FIELD, "clause", Field.Store.NO));
        d.add(new TextField(SearchFields.TEXT, text, Field.Store.YES));
        return d;
    }

    /** The segment's norms as Lucene's own format reads them, from the same files (in its compound file if any). */
    private record LucenesOwn(Directory compound, NormsProducer norms) implements Closeable {

        static LucenesOwn of(SegmentReader segment) throws IOException {
            SegmentInfo info = segment.getSegmentInfo().info;
            Directory compound = info.getUseCompoundFile()
                    ? info.getCodec().compoundFormat().getCompoundReader(info.dir, info, IOContext.DEFAULT)
                    : null;
            SegmentReadState state = new SegmentReadState(
                    compound == null ? info.dir : compound, info, segment.getFieldInfos(), IOContext.DEFAULT);
            return new LucenesOwn(compound, new Lucene90NormsFormat().normsProducer(state));
        }

        @Override
        public void close() throws IOException {
            IOUtils.close(norms, compound);
        }
    }

    /** Each passage has a norm in both or neither, and the same one, found by walking and by asking for it. */
    private static void assertSame(FieldInfo field, NormsProducer lucenes, LeafReader segment) throws IOException {
        NumericDocValues expected = lucenes.getNorms(field);
        NumericDocValues walked = segment.getNormValues(field.name);
        for (int d = expected.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = expected.nextDoc()) {
            assertThat(walked.nextDoc())
                    .as("%s: the next passage with a norm", field.name)
                    .isEqualTo(d);
            assertThat(walked.longValue()).as("%s: passage %d", field.name, d).isEqualTo(expected.longValue());
        }
        assertThat(walked.nextDoc()).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
        expected = lucenes.getNorms(field);
        NumericDocValues asked = segment.getNormValues(field.name);
        for (int d = 0; d < segment.maxDoc(); d++) {
            boolean has = expected.advanceExact(d);
            assertThat(asked.advanceExact(d))
                    .as("%s: passage %d has a norm", field.name, d)
                    .isEqualTo(has);
            if (has)
                assertThat(asked.longValue())
                        .as("%s: passage %d", field.name, d)
                        .isEqualTo(expected.longValue());
        }
    }
}
