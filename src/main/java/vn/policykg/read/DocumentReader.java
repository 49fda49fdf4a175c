package vn.policykg.read;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads one file format into a {@link ReadDocument}. Implementations are stateless and thread-safe:
 * a build may read many files at once with one reader.
 */
public interface DocumentReader {

    /** IANA media types this reader reads, the first one being the type it reports. */
    List<String> mediaTypes();

    /** File name extensions, lower case without the dot ("pdf", "md"). */
    List<String> extensions();

    /**
     * @param file   the file, for messages and for the result
     * @param bytes  its whole content (already checked against {@link ReadLimits#maxFileBytes()})
     * @throws UnreadableFileException when the file is broken, hostile or over a limit; the message says where and why
     */
    ReadDocument read(Path file, byte[] bytes, ReadLimits limits);
}
