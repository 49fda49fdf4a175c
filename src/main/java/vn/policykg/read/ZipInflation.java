package vn.policykg.read;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates every entry of a zip-based file (DOCX) once, counting the bytes and throwing them away, before a
 * library unpacks it for real: a zip bomb, a truncated archive or a file that is no zip at all is reported
 * with its reason instead of filling the memory. The limits are per call (from {@link ReadLimits}) rather
 * than POI's process-wide ZipSecureFile settings, which one reader must not change for every other user.
 */
final class ZipInflation {

    /** Compressed to uncompressed size below which an entry is a bomb: POI's own default (100 times). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Below this an entry may compress as well as it likes (a run of empty XML elements does). */
    private static final long RATIO_FREE_BYTES = 1L << 20;

    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;

    private ZipInflation() {}

    static void check(Path file, byte[] bytes, long maxUncompressedBytes) {
        if (bytes.length < 4 || (bytes[0] != 'P' || bytes[1] != 'K'))
            throw new UnreadableFileException(
                    file, "", "the file is not a zip archive, as a DOCX must be (renamed from another format?)");
        if (!hasCentralDirectory(bytes))
            throw new UnreadableFileException(
                    file, "", "the zip archive has no central directory at its end: the file is truncated");
        CountingStream raw = new CountingStream(new ByteArrayInputStream(bytes));
        long total = 0;
        byte[] buffer = new byte[64 << 10];
        String name = "";
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                name = entry.getName();
                long compressedFrom = raw.count, inflated = 0;
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    inflated += n;
                    total += n;
                    if (total > maxUncompressedBytes)
                        throw new UnreadableFileException(
                                file,
                                name,
                                "the archive expands to more than the limit of " + maxUncompressedBytes + " bytes");
                    if (inflated > RATIO_FREE_BYTES && raw.count - compressedFrom < inflated * MIN_INFLATE_RATIO)
                        throw new UnreadableFileException(
                                file,
                                name,
                                "the entry expands more than " + Math.round(1 / MIN_INFLATE_RATIO)
                                        + " times its compressed size: a zip bomb");
                }
            }
        } catch (IOException | IllegalArgumentException e) { // the latter for an entry name that is not UTF-8
            throw new UnreadableFileException(
                    file, name, "the zip archive is corrupt or truncated: " + e.getMessage(), e);
        }
    }

    /** The end-of-central-directory record sits in the last 22 bytes plus at most a 64 KiB comment. */
    private static boolean hasCentralDirectory(byte[] bytes) {
        for (int i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xFFFF; i--)
            if ((bytes[i] & 0xFF
                            | (bytes[i + 1] & 0xFF) << 8
                            | (bytes[i + 2] & 0xFF) << 16
                            | (bytes[i + 3] & 0xFF) << 24)
                    == END_OF_CENTRAL_DIRECTORY) return true;
        return false;
    }

    /** How many compressed bytes the zip stream has taken so far (to within its small read-ahead). */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
