package vn.policykg.source;

import java.util.Arrays;
import java.util.List;

/**
 * A line with its markup removed (Markdown heading and emphasis marks, DOCX bookmark and footnote
 * artefacts) and white space collapsed, remembering for each kept character where it stood in the
 * source text, so spans can always be given in source coordinates.
 *
 * @param text              the clean text
 * @param offsets           offsets[i] is the source char index of text[i]
 * @param emphasisEnd       for a line that opens with emphasis: the clean index where the last
 *                          emphasis run before plain text closes (the whole line if none follows); else -1
 * @param headingMarked     the line carried a Markdown heading mark (#)
 * @param footnotes         footnote bodies found in the line ({@code [1: …]})
 */
public record CleanLine(String text, int[] offsets, int emphasisEnd, boolean headingMarked, List<Footnote> footnotes) {

    /** A footnote body as written in the line, with its number and the source span of its words. */
    public record Footnote(String number, String text, int start, int end) {}

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The part from clean index {@code from}, with leading spaces dropped. */
    public CleanLine from(int from) {
        while (from < text.length() && text.charAt(from) == ' ') from++;
        int shift = from;
        int[] rest = Arrays.copyOfRange(offsets, from, offsets.length);
        int emph = emphasisEnd < 0 ? -1 : Math.max(0, emphasisEnd - shift);
        return new CleanLine(text.substring(from), rest, emph, headingMarked, footnotes);
    }

    /** Source char index where the clean text starts. */
    public int sourceStart() {
        return offsets[0];
    }

    /** Source char index just after the clean text ends. */
    public int sourceEnd() {
        return offsets[offsets.length - 1] + 1;
    }

    /** The emphasised lead of the line (a heading written in bold or italics), or null. */
    public String emphasisedLead() {
        if (emphasisEnd <= 0) return null;
        String lead = text.substring(0, Math.min(emphasisEnd, text.length())).strip();
        return lead.isEmpty() ? null : lead;
    }
}
