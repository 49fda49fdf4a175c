package vn.policykg.store;

import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.NormsFormat;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;

/**
 * Lucene's codec for the text index with two changes. Norms are read into the heap ({@link NormsOnHeap}); their
 * files are Lucene's. Stored fields are in small blocks: a search reads the
 * stored fields of the ten hits it shows, and Lucene's default decompresses a shared dictionary and an 8 KiB
 * block for each; with 4 KiB blocks of plain LZ4 a hit decompresses half a block on average. On the full
 * corpus's index a hit's fields were read in 5.2 µs instead of 11, for 13 MB more on disk (35 instead of 22).
 *
 * <p>Registered for Lucene's lookup by name in {@code META-INF/services/org.apache.lucene.codecs.Codec}: an
 * index records its codec's name, and {@link TextIndexCheck} rebuilds any index this build cannot read. With a
 * newer Lucene, delegate to its codec and raise {@link TextIndexDefinition#VERSION}.
 */
public final class PassageCodec extends FilterCodec {

    static final String NAME = "PolicyKgPassages912";

    private static final int BLOCK_BYTES = 4 * 1024;
    private static final int BLOCK_DOCS = 32;
    /** Lucene's own: how many blocks one entry of the block index covers (as 2^10). */
    private static final int INDEX_BLOCK_SHIFT = 10;

    private final StoredFieldsFormat storedFields = new Lucene90CompressingStoredFieldsFormat(
            "PolicyKgPassagesStoredFields", CompressionMode.FAST, BLOCK_BYTES, BLOCK_DOCS, INDEX_BLOCK_SHIFT);

    private final NormsFormat norms = new NormsOnHeap(delegate.normsFormat());

    /** Public and without arguments: Lucene's service loader makes it. */
    public PassageCodec() {
        // Named, not Codec.forName("Lucene912"): a codec made by the service loader may not look others up.
        super(NAME, new Lucene912Codec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return storedFields;
    }

    @Override
    public NormsFormat normsFormat() {
        return norms;
    }
}
