package vn.policykg.extract.metadata;

/**
 * A value read from a document together with where it was read: the char span [start, end) in the
 * text given to {@link DocumentHeaderReader#read}, so a later stage can publish the exact source words.
 */
public record Found<T>(T value, int start, int end) {

    public Found {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
    }

    /** The source words the value was read from (line breaks and page furniture inside included). */
    public String words(String text) {
        return text.substring(start, end);
    }

    <U> Found<U> with(U other) {
        return new Found<>(other, start, end);
    }
}
