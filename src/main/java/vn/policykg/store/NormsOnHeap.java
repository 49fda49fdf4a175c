package vn.policykg.store;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.codecs.NormsConsumer;
import org.apache.lucene.codecs.NormsFormat;
import org.apache.lucene.codecs.NormsProducer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Lucene's norms, written as Lucene writes them and read into the heap the first time a field's are asked for:
 * one byte per passage and field. Ranking reads a passage's norm for each clause that scores it, in passage order
 * but with gaps, and on the 10× corpus those reads from the memory-mapped file were an eighth of a search (JFR);
 * from an array the ten benchmark phrases took about 6% less in process (within the noise served). A segment of
 * 736k passages keeps 0.7 MB per text field.
 * The files are Lucene's own, so an index written before reads the same.
 */
final class NormsOnHeap extends NormsFormat {

    private final NormsFormat written;

    NormsOnHeap(NormsFormat written) {
        this.written = written;
    }

    @Override
    public NormsConsumer normsConsumer(SegmentWriteState state) throws IOException {
        return written.normsConsumer(state);
    }

    @Override
    public NormsProducer normsProducer(SegmentReadState state) throws IOException {
        return new Producer(written.normsProducer(state), state.segmentInfo.maxDoc());
    }

    /** One field's norms: each passage's byte, and which passages have one (null when all do). */
    private record Norms(byte[] values, FixedBitSet present) {

        static Norms read(NumericDocValues from, int maxDoc) throws IOException {
            byte[] values = new byte[maxDoc];
            FixedBitSet present = new FixedBitSet(maxDoc);
            for (int doc = from.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = from.nextDoc()) {
                // Lucene writes norms of one byte for a text field's lengths (SmallFloat); wider ones are refused.
                long value = from.longValue();
                if (value != (byte) value)
                    throw new IllegalStateException("A norm wider than a byte (" + value + ") at passage " + doc);
                values[doc] = (byte) value;
                present.set(doc);
            }
            return new Norms(values, present.cardinality() == maxDoc ? null : present);
        }

        NumericDocValues iterator() {
            return new NumericDocValues() {
                private int doc = -1;

                @Override
                public long longValue() {
                    return values[doc];
                }

                @Override
                public boolean advanceExact(int target) {
                    doc = target;
                    return present == null || present.get(target);
                }

                @Override
                public int docID() {
                    return doc;
                }

                @Override
                public int nextDoc() {
                    return advance(doc + 1);
                }

                @Override
                public int advance(int target) {
                    if (target >= values.length) return doc = NO_MORE_DOCS;
                    return doc = present == null ? target : present.nextSetBit(target);
                }

                @Override
                public long cost() {
                    return present == null ? values.length : present.cardinality();
                }
            };
        }
    }

    private static final class Producer extends NormsProducer {
        private final NormsProducer file;
        private final int maxDoc;
        private final Map<Integer, Norms> byField = new ConcurrentHashMap<>();

        Producer(NormsProducer file, int maxDoc) {
            this.file = file;
            this.maxDoc = maxDoc;
        }

        @Override
        public NumericDocValues getNorms(FieldInfo field) throws IOException {
            Norms norms = byField.get(field.number);
            if (norms == null) {
                // Two searches may read a field at once; both arrays are the same, one is kept.
                norms = Norms.read(file.getNorms(field), maxDoc);
                Norms first = byField.putIfAbsent(field.number, norms);
                if (first != null) norms = first;
            }
            return norms.iterator();
        }

        /** A merge reads each passage's norm once: from the file, without filling the heap. */
        @Override
        public NormsProducer getMergeInstance() {
            return file.getMergeInstance();
        }

        @Override
        public void checkIntegrity() throws IOException {
            file.checkIntegrity();
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }
}
