package vn.policykg.read;

/**
 * What a reader accepts before it gives up with a clear message instead of hanging or running out of
 * memory: a truncated PDF, a DOCX zip bomb, a 2,000-page gazette issue.
 *
 * @param maxFileBytes          the size of the file itself
 * @param maxPages              pages of a paged format (PDF)
 * @param maxTextChars          characters of text a reader may produce
 * @param maxUncompressedBytes  bytes a zip-based format (DOCX) may expand to
 */
public record ReadLimits(long maxFileBytes, int maxPages, long maxTextChars, long maxUncompressedBytes) {

    /** Generous for real publications (the longest gazette documents run to a few hundred pages). */
    public static final ReadLimits DEFAULT = new ReadLimits(64L << 20, 1_000, 20_000_000L, 256L << 20);
}
