package vn.policykg.extract.metadata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.policykg.source.PageFurniture;

/**
 * The document's own words as one string ("the view"): page furniture, blank lines, rule lines
 * ("______") and Markdown markup left out, each kept line trimmed and ended by '\n'. Every view
 * character remembers its offset in the original text, so a match in the view maps back to a span
 * of the source words. The pieces match in the view; a sentence broken by a page turn reads whole.
 */
final class ReadingText {

    /** A kept line: its text in the view, from {@code start} (a view offset) to the '\n' after it. */
    record Line(String text, int start) {
        int end() {
            return start + text.length();
        }
    }

    private static final Pattern RULE = Pattern.compile("^[\\s_=*\\-–.]*$");
    /** Markdown markup a transcription wraps the words in: heading marks, emphasis, escapes, table bars. */
    private static final Pattern MARKUP = Pattern.compile("^#+\\s*|\\*+|\\\\(?=\\p{P})|^\\|\\s*|\\s*\\|$");

    private final String original;
    /** Made once: the readers of a header ask for it many times (a copy each was half of reading a header). */
    private final String view;
    /** Each view character's original offset; a line's '\n' has the offset after its last character. */
    private final int[] offsets;

    private final List<Line> lines = new ArrayList<>();

    ReadingText(String original) {
        this.original = original;
        List<String> raw = new ArrayList<>();
        List<Integer> rawStarts = new ArrayList<>();
        for (int start = 0; start <= original.length(); ) {
            int end = original.indexOf('\n', start);
            if (end < 0) end = original.length();
            raw.add(original.substring(start, end));
            rawStarts.add(start);
            start = end + 1;
        }
        PageFurniture.Kind[] furniture = PageFurniture.classify(raw);
        StringBuilder viewText = new StringBuilder(original.length() + 1);
        // A kept line is no longer than its raw line, and its '\n' stands for the raw line's (or the text's end).
        int[] viewOffsets = new int[original.length() + 1];
        for (int i = 0; i < raw.size(); i++)
            if (furniture[i] == null && !RULE.matcher(raw.get(i)).matches())
                keep(raw.get(i), rawStarts.get(i), viewText, viewOffsets);
        this.view = viewText.toString();
        this.offsets = Arrays.copyOf(viewOffsets, viewText.length());
    }

    private void keep(String line, int lineStart, StringBuilder viewText, int[] viewOffsets) {
        StringBuilder text = new StringBuilder(line.length());
        int[] at = new int[line.length()];
        int from = 0;
        if (mayHoldMarkup(line)) {
            var markup = MARKUP.matcher(line);
            while (markup.find()) {
                append(line, from, markup.start(), lineStart, text, at);
                from = markup.end();
            }
        }
        append(line, from, line.length(), lineStart, text, at);
        int first = 0, last = text.length();
        while (first < last && isBlank(text.charAt(first))) first++;
        while (last > first && isBlank(text.charAt(last - 1))) last--;
        if (first == last) return;
        lines.add(new Line(text.substring(first, last), viewText.length()));
        System.arraycopy(at, first, viewOffsets, viewText.length(), last - first);
        viewOffsets[viewText.length() + last - first] = at[last - 1] + 1;
        viewText.append(text, first, last).append('\n');
    }

    /** Whether {@link #MARKUP} can match: most lines hold none of its characters, and the pattern tries every place. */
    private static boolean mayHoldMarkup(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '#' || c == '*' || c == '\\' || c == '|') return true;
        }
        return false;
    }

    /** Appends line[from, to) to {@code text}, each char's original offset at its index in {@code at}. */
    private static void append(String line, int from, int to, int lineStart, StringBuilder text, int[] at) {
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            at[text.length()] = lineStart + i;
            text.append(c == '\u00a0' || c == '\t' || c == '\r' ? ' ' : c);
        }
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00a0';
    }

    String view() {
        return view;
    }

    List<Line> lines() {
        return lines;
    }

    String original() {
        return original;
    }

    /** The original span of view chars [start, end). */
    <T> Found<T> found(T value, int start, int end) {
        return new Found<>(value, offsets[start], offsets[end - 1] + 1);
    }

    /** The view offset of original offset {@code at} (or of the next kept char after it). */
    int viewOffset(int at) {
        // The offsets rise strictly (a line's '\n' comes before the next line's first character), so not found
        // means the insertion point.
        int i = Arrays.binarySearch(offsets, at);
        return i >= 0 ? i : -i - 1;
    }

    /** The index of the kept line holding view offset {@code at}. */
    int lineAt(int at) {
        int low = 0, high = lines.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lines.get(mid).start() <= at) low = mid;
            else high = mid - 1;
        }
        return low;
    }
}
