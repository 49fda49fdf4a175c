package vn.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import vn.policykg.analysis.SearchFields;

/** The seeds' text index is written in {@link PassageCodec} and its stored fields read back whole. */
class PassageCodecTest {

    /** A seed clause: "Giảm nghèo đa chiều", P2.I.2.1 of Lào Cai's scheme. */
    static final String CLAUSE = BuiltStore.BASE
            + "eli/vn-lao-cai/da/2025/unnumbered-giam-ngheo-da-chieu-an-sinh-xa-hoi-2026-2030/part_2__sec_I__para_2.1";

    @Test
    void theIndexIsWrittenInThePassageCodecAndAHitReadsWhole() throws IOException {
        StoreLayout.Generation gen = BuiltStore.layout().current().orElseThrow();
        try (FSDirectory dir = FSDirectory.open(gen.textDir());
                DirectoryReader reader = DirectoryReader.open(dir)) {
            SegmentInfos segments = SegmentInfos.readLatestCommit(dir);
            assertThat(segments.size()).isPositive();
            for (SegmentCommitInfo s : segments)
                assertThat(s.info.getCodec().getName()).isEqualTo(PassageCodec.NAME);

            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs found = searcher.search(new TermQuery(new Term(TextIndexDefinition.ENTITY_FIELD, CLAUSE)), 1);
            assertThat(found.scoreDocs).hasSize(1);
            StoredFields stored = reader.storedFields();
            Document hit = stored.document(found.scoreDocs[0].doc);
            assertThat(hit.get(SearchFields.TEXT)).isEqualTo("Giảm nghèo đa chiều");
            assertThat(hit.get(TextIndexDefinition.PATH_FIELD)).isEqualTo("P2.I.2.1");
            assertThat(hit.get(TextIndexDefinition.DOCUMENT_TITLE_FIELD))
                    .isEqualTo("Đề án Giảm nghèo đa chiều và bảo đảm an sinh xã hội tỉnh Lào Cai giai đoạn 2026-2030");

            // Every document's fields decompress, across the small blocks' boundaries.
            int withText = 0;
            for (int doc = 0; doc < reader.maxDoc(); doc++)
                if (stored.document(doc).get(SearchFields.TEXT) != null) withText++;
            assertThat(withText).isEqualTo(reader.numDocs());
        }
    }
}
