package vn.policykg.read;

import java.nio.file.Path;

/**
 * A file that cannot be read: names the file, where in it (a page, a line or a part; empty when the whole
 * file is at fault) and why.
 */
public class UnreadableFileException extends RuntimeException {

    private final Path file;
    private final String where;
    private final int line;
    private final String why;

    public UnreadableFileException(Path file, String where, String why) {
        this(file, where, why, null);
    }

    public UnreadableFileException(Path file, String where, String why, Throwable cause) {
        this(file, where, 0, why, cause);
    }

    /** At a 1-based line of a text file. */
    public UnreadableFileException(Path file, int line, String why) {
        this(file, "line " + line, line, why, null);
    }

    private UnreadableFileException(Path file, String where, int line, String why, Throwable cause) {
        super(file + (where == null || where.isEmpty() ? "" : ": " + where) + ": " + why, cause);
        this.file = file;
        this.where = where == null ? "" : where;
        this.line = line;
        this.why = why;
    }

    public Path file() {
        return file;
    }

    public String where() {
        return where;
    }
    /** The 1-based line at fault in a text file, 0 when the fault is not at a line. */
    public int line() {
        return line;
    }
    /** Why, without the place. */
    public String why() {
        return why;
    }
}
