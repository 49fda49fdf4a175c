package vn.policykg.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a stretch of source text into a {@link CleanLine}. One job: remove markup, keep offsets. */
final class LineCleaner {

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
    private static final Pattern FOOTNOTE_REF = Pattern.compile("\\[footnoteRef:\\d+\\]");
    private static final Pattern FOOTNOTE_BODY = Pattern.compile("\\[(\\d+):\\s+([^\\]]*)\\]");
    private static final Pattern RULE = Pattern.compile("-{3,}");
    /** "m<sup>2</sup>": an HTML superscript of the Word export; kept as the superscript character. */
    private static final Pattern SUPERSCRIPT = Pattern.compile("<sup>([0-9])</sup>");

    static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** Length of "<sup>2</sup>" in the source. */
    static final int SUPERSCRIPT_TAG_LENGTH = 12;

    private LineCleaner() {}

    static CleanLine clean(String source, int start, int end) {
        StringBuilder text = new StringBuilder(end - start);
        int[] offsets = new int[end - start];
        List<CleanLine.Footnote> footnotes = new ArrayList<>();
        boolean headingMarked = false;
        boolean opensWithEmphasis = false;
        int lastEmphasisRun = -1;
        boolean plainAfterEmphasis = false;

        String segment = source.substring(start, end);
        int i = 0;
        while (i < segment.length()) {
            char c = segment.charAt(i);
            if (c == '<') {
                Matcher sup = SUPERSCRIPT.matcher(segment).region(i, segment.length());
                if (sup.lookingAt()) {
                    offsets[text.length()] = start + sup.start(); // the whole tag stands for the character
                    text.append(SUPERSCRIPT_DIGITS.charAt(sup.group(1).charAt(0) - '0'));
                    i = sup.end();
                    continue;
                }
            }
            if (c == '[') {
                int skip = artefactLength(segment, i, start, footnotes);
                if (skip > 0) {
                    i += skip;
                    continue;
                }
            }
            if (c == '#' && text.isEmpty() && !opensWithEmphasis) {
                while (i < segment.length() && segment.charAt(i) == '#') i++;
                headingMarked = true;
                continue;
            }
            if (c == '*') {
                int run = 0;
                while (i + run < segment.length() && segment.charAt(i + run) == '*') run++;
                boolean atContentStart = text.isEmpty();
                boolean followedBySpace = i + run < segment.length() && Character.isWhitespace(segment.charAt(i + run));
                if (run == 1 && atContentStart && followedBySpace && !opensWithEmphasis) {
                    // "* Đối với …": a bullet, not emphasis.
                    offsets[text.length()] = start + i;
                    text.append('*');
                    i++;
                    continue;
                }
                if (atContentStart) opensWithEmphasis = true;
                else {
                    lastEmphasisRun = trimmedLength(text);
                    plainAfterEmphasis = false;
                }
                i += run;
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                    offsets[text.length()] = start + i;
                    text.append(' ');
                }
                i++;
                continue;
            }
            if (lastEmphasisRun >= 0) plainAfterEmphasis = true;
            offsets[text.length()] = start + i;
            text.append(c);
            i++;
        }
        int len = trimmedLength(text);
        text.setLength(len);
        if (RULE.matcher(text).matches()) text.setLength(0);
        int emphasisEnd = -1;
        if (opensWithEmphasis && lastEmphasisRun > 0)
            emphasisEnd = plainAfterEmphasis ? Math.min(lastEmphasisRun, text.length()) : text.length();
        else if (opensWithEmphasis) emphasisEnd = text.length();
        return new CleanLine(
                text.toString(),
                Arrays.copyOf(offsets, text.length()),
                emphasisEnd,
                headingMarked,
                List.copyOf(footnotes));
    }

    /** Length of a DOCX artefact at {@code i} (bookmark, footnote reference or body), or 0. */
    private static int artefactLength(String segment, int i, int start, List<CleanLine.Footnote> footnotes) {
        Matcher m = BOOKMARK.matcher(segment).region(i, segment.length());
        if (m.lookingAt()) return m.end() - i;
        m = FOOTNOTE_REF.matcher(segment).region(i, segment.length());
        if (m.lookingAt()) return m.end() - i;
        m = FOOTNOTE_BODY.matcher(segment).region(i, segment.length());
        if (m.lookingAt()) {
            String body = m.group(2).strip();
            int bodyStart = start + m.start(2);
            footnotes.add(new CleanLine.Footnote(
                    m.group(1),
                    body,
                    bodyStart,
                    bodyStart + m.group(2).stripTrailing().length()));
            return m.end() - i;
        }
        return 0;
    }

    private static int trimmedLength(StringBuilder text) {
        int len = text.length();
        while (len > 0 && text.charAt(len - 1) == ' ') len--;
        return len;
    }
}
