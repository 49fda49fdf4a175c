package vn.policykg.read;

import java.nio.file.Path;

/**
 * A file that cannot be read: names the file, where in it (a page, a line or a part; empty when the whole
 * file is at fault) and why.
 */
public class UnreadableFileException extends RuntimeException {

    private final Path file;
    private final String where;

    public UnreadableFileException(Path file, String where, String why) {
        this(file, where, why, null);
    }

    public UnreadableFileException(Path file, String where, String why, Throwable cause) {
        super(file + (where == null || where.isEmpty() ? "" : ": " + where) + ": " + why, cause);
        this.file = file;
        this.where = where == null ? "" : where;
    }

    public Path file() { return file; }
    public String where() { return where; }
}
