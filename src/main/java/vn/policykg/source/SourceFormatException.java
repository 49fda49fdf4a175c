package vn.policykg.source;

import java.nio.file.Path;

/** Bad input: names the file and the 1-based line (0 when the whole file is at fault). */
public class SourceFormatException extends RuntimeException {
    private final Path file;
    private final int line;

    public SourceFormatException(Path file, int line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }
}
