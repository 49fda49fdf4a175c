package vn.policykg.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * UTF-8 plain text and Markdown (the seeds, the Markdown transcriptions, the gazette's extracted text): the
 * reading text is the file itself, NFC, with line ends made '\n'. Markup is left for the parsers, which
 * keep every character's position. Tables written with tabs are listed as tables.
 */
public final class PlainTextReader implements DocumentReader {

    @Override
    public List<String> mediaTypes() {
        return List.of("text/plain", "text/markdown");
    }

    @Override
    public List<String> extensions() {
        return List.of("txt", "md", "markdown");
    }

    @Override
    public ReadDocument read(Path file, byte[] bytes, ReadLimits limits) {
        String raw;
        try {
            raw = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(file, firstBadUtf8Line(bytes), "the file is not valid UTF-8");
        }
        List<String> notes = new ArrayList<>();
        raw = withoutControlCharacters(file, raw, notes);
        if (raw.startsWith("\uFEFF")) raw = raw.substring(1);
        String text = Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        if (text.length() > limits.maxTextChars())
            throw new UnreadableFileException(
                    file,
                    "",
                    "the text has " + text.length() + " characters, more than the limit of " + limits.maxTextChars());
        List<ReadDocument.Origin> origins = new ArrayList<>();
        List<ReadDocument.Table> tables = new ArrayList<>();
        List<ReadDocument.Row> rows = new ArrayList<>();
        int start = 0, line = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                origins.add(new ReadDocument.Origin(0, line + 1));
                if (text.indexOf('\t', start) >= 0 && text.indexOf('\t', start) < i)
                    rows.add(row(text, line, start, i));
                else if (!rows.isEmpty() && !text.substring(start, i).isBlank()) {
                    tables.add(new ReadDocument.Table(List.copyOf(rows)));
                    rows.clear();
                }
                start = i + 1;
                line++;
            }
        }
        if (!rows.isEmpty()) tables.add(new ReadDocument.Table(List.copyOf(rows)));
        return new ReadDocument(
                file,
                file.toString().toLowerCase().endsWith(".md") ? "text/markdown" : "text/plain",
                ReaderRegistry.sha256(bytes),
                text,
                List.copyOf(origins),
                List.copyOf(tables),
                List.copyOf(notes));
    }

    /**
     * A control character other than tab and line ends stands for a glyph the PDF-to-text tool could not map
     * (the gazette's check boxes come out as NUL): each becomes U+FFFD, with a note naming its line. A file
     * with more than a few is not text at all.
     */
    private static String withoutControlCharacters(Path file, String raw, List<String> notes) {
        StringBuilder out = null;
        int count = 0, line = 1;
        Set<Integer> lines = new TreeSet<>();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n') line++;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                if (out == null) out = new StringBuilder(raw.substring(0, i));
                out.append('\uFFFD');
                count++;
                lines.add(line);
                if (count > MAX_CONTROL_CHARACTERS)
                    throw new UnreadableFileException(
                            file,
                            line,
                            "the file holds more than " + MAX_CONTROL_CHARACTERS
                                    + " control characters (NUL …): it is not text");
            } else if (out != null) {
                out.append(c);
            }
        }
        if (out == null) return raw;
        notes.add(count + " control character(s) the text could not show replaced by U+FFFD, on line(s) " + lines);
        return out.toString();
    }

    private static final int MAX_CONTROL_CHARACTERS = 200;

    private static ReadDocument.Row row(String text, int line, int start, int end) {
        List<ReadDocument.Cell> cells = new ArrayList<>();
        int from = start;
        for (int i = start; i <= end; i++) {
            if (i == end || text.charAt(i) == '\t') {
                cells.add(new ReadDocument.Cell(text.substring(from, i).strip(), from, i));
                from = i + 1;
            }
        }
        return new ReadDocument.Row(line, List.copyOf(cells));
    }

    private static int firstBadUtf8Line(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int line = 1, lineStart = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return line;
    }
}
