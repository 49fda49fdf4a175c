package vn.policykg.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Readers by media type and by file extension, as Jena RIOT's RDFParserRegistry keeps parsers by language.
 * {@link #standard()} holds every reader of this package; to add a format, write a {@link DocumentReader}
 * and {@link #register} it (in {@code standard()} when it is for everyone). A later registration for the
 * same media type or extension replaces the earlier one.
 */
public final class ReaderRegistry {

    private final Map<String, DocumentReader> byMediaType = new LinkedHashMap<>();
    private final Map<String, DocumentReader> byExtension = new LinkedHashMap<>();

    /** The readers for every format we read. */
    public static ReaderRegistry standard() {
        return new ReaderRegistry()
                .register(new PlainTextReader())
                .register(new PdfReader())
                .register(new DocxReader())
                .register(new HtmlReader());
    }

    public ReaderRegistry register(DocumentReader reader) {
        reader.mediaTypes().forEach(t -> byMediaType.put(t, reader));
        reader.extensions().forEach(e -> byExtension.put(e, reader));
        return this;
    }

    public Optional<DocumentReader> forMediaType(String mediaType) {
        return Optional.ofNullable(byMediaType.get(mediaType));
    }

    /** The reader for a file, by its extension; empty when no reader takes it. */
    public Optional<DocumentReader> forFile(Path file) {
        return Optional.ofNullable(byExtension.get(extension(file)));
    }

    /** "pdf" for "Plan.PDF": a file name's extension, lower case, without the dot; "" when it has none. */
    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public boolean supports(Path file) {
        return forFile(file).isPresent();
    }

    /** Reads a file with the reader for its extension, after checking its size. */
    public ReadDocument read(Path file, ReadLimits limits) {
        DocumentReader reader = forFile(file)
                .orElseThrow(() -> new UnreadableFileException(
                        file,
                        "",
                        "no reader for this kind of file (we read " + String.join(", ", byExtension.keySet()) + ")"));
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes())
                throw new UnreadableFileException(
                        file, "", "the file has " + size + " bytes, more than the limit of " + limits.maxFileBytes());
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableFileException(file, "", "cannot read the file: " + e.getMessage(), e);
        }
        return reader.read(file, bytes, limits);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
