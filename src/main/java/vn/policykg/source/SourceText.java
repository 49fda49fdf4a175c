package vn.policykg.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.policykg.read.PlainTextReader;
import vn.policykg.read.ReadDocument;
import vn.policykg.read.ReadLimits;
import vn.policykg.read.UnreadableFileException;

/**
 * A source file as NFC text. Every span we publish is a pair of code-point offsets into this text
 * (0 before the first character), so a span means the same thing to any Unicode-aware reader.
 */
public final class SourceText {

    /** One physical line: its text without the line terminator and where it starts. */
    public record Line(int number, int start, String text) {
        public int end() {
            return start + text.length();
        }
    }

    private final Path file;
    private final String text;
    private final String sha256;
    private final List<Line> lines;
    /** Whether every character is in the Basic Multilingual Plane, so char index and code-point offset agree. */
    private final boolean bmpOnly;
    /** Otherwise, the code-point offset of each char index (and of the end). */
    private final int[] codePointOffsets;

    private SourceText(Path file, String text, String sha256) {
        this.file = file;
        this.text = text;
        this.sha256 = sha256;
        this.lines = splitLines(text);
        this.bmpOnly = text.codePoints().allMatch(Character::isBmpCodePoint);
        this.codePointOffsets = bmpOnly ? null : codePointOffsets(text);
    }

    private static int[] codePointOffsets(String text) {
        int[] out = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            out[i] = cp;
            // As String.codePointCount: the low half of a surrogate pair adds nothing.
            if (!(i > 0 && Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))))
                cp++;
        }
        out[text.length()] = cp;
        return out;
    }

    /**
     * Reads a UTF-8 text file as {@link PlainTextReader} reads every text file of the corpus; anything that is not
     * valid UTF-8 is reported with its file and line.
     */
    public static SourceText read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SourceFormatException(file, 0, "cannot read the file: " + e.getMessage());
        }
        try {
            return of(new PlainTextReader().read(file, bytes, ReadLimits.DEFAULT));
        } catch (UnreadableFileException e) {
            throw new SourceFormatException(file, e.line(), e.why());
        }
    }

    /** The reading text a reader gave (already NFC); spans point into it, its hash is the original file's. */
    public static SourceText of(ReadDocument read) {
        return new SourceText(read.file(), read.text(), read.sha256());
    }

    /** A text held in memory (a test's fixture), made NFC with '\n' line ends as a reader makes a file's. */
    static SourceText of(Path file, String raw, String sha256) {
        String nfc = Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        return new SourceText(file, nfc, sha256);
    }

    public Path file() {
        return file;
    }

    public String text() {
        return text;
    }

    public String sha256() {
        return sha256;
    }

    public List<Line> lines() {
        return lines;
    }

    /** Code-point offset of a char index into {@link #text()}. */
    public int codePointOffset(int charIndex) {
        // Called for every character of every clause: counting from 0 each time would be quadratic.
        return bmpOnly ? charIndex : codePointOffsets[charIndex];
    }

    /** The text between two code-point offsets. */
    public String slice(int cpStart, int cpEnd) {
        if (bmpOnly) return text.substring(cpStart, cpEnd);
        int from = text.offsetByCodePoints(0, cpStart);
        int to = text.offsetByCodePoints(from, cpEnd - cpStart);
        return text.substring(from, to);
    }

    /** 1-based line number of a char index. */
    public int lineOf(int charIndex) {
        int lo = 0, hi = lines.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid).start() <= charIndex) lo = mid;
            else hi = mid - 1;
        }
        return lines.get(lo).number();
    }

    private static List<Line> splitLines(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0, n = 1;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                out.add(new Line(n++, start, text.substring(start, i)));
                start = i + 1;
            }
        }
        return List.copyOf(out);
    }
}
