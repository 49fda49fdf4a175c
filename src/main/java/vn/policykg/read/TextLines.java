package vn.policykg.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs to lines of text: glyphs whose baselines lie within half a font size of each other are one line
 * (so a raised footnote mark stays on its line), read left to right, with a space wherever the glyphs
 * leave a gap. The PDF's own space glyphs are no guide: runs of padding spaces from a neighbouring table
 * cell are drawn over the letters of the next one.
 */
final class TextLines {

    /** A line of text and the baseline it was drawn on. */
    record Line(float baseline, String text) {}

    /** A gap wider than this share of the font size separates two words. */
    private static final float WORD_GAP = 0.15f;
    /** Baselines closer than this share of the font size are one line. */
    private static final float SAME_LINE = 0.5f;

    private TextLines() {}

    /** The lines of these glyphs, top to bottom, NFC, blank ones left out. */
    static List<Line> of(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline));
        List<Line> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        for (Glyph glyph : sorted) {
            if (!line.isEmpty()
                    && glyph.baseline() - line.getFirst().baseline()
                            > SAME_LINE * Math.max(glyph.size(), line.getFirst().size())) {
                add(lines, line);
                line = new ArrayList<>();
            }
            line.add(glyph);
        }
        add(lines, line);
        return lines;
    }

    /** The glyphs as one line of text: their lines joined with a space, as a table cell holds them. */
    static String joined(List<Glyph> glyphs) {
        return String.join(" ", of(glyphs).stream().map(Line::text).toList());
    }

    private static void add(List<Line> lines, List<Glyph> glyphs) {
        if (glyphs.isEmpty()) return;
        String text = text(glyphs);
        if (!text.isEmpty()) lines.add(new Line(glyphs.getFirst().baseline(), text));
    }

    private static String text(List<Glyph> glyphs) {
        List<Glyph> sorted =
                new ArrayList<>(glyphs.stream().filter(g -> !g.isBlank()).toList());
        sorted.sort(Comparator.comparingDouble(Glyph::x));
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        for (Glyph glyph : sorted) {
            if (previous != null && glyph.x() - previous.end() > WORD_GAP * glyph.size()) text.append(' ');
            // the reading text keeps '\t' and '\n' for cells and lines
            text.append(glyph.text().replaceAll("\\s", " "));
            previous = glyph;
        }
        return Normalizer.normalize(text.toString(), Normalizer.Form.NFC)
                .replaceAll(" {2,}", " ")
                .strip();
    }
}
