package vn.policykg.read;

/**
 * One character as drawn on a PDF page, in points from the top-left of the page's crop box turned so that
 * its text runs left to right (PDFBox's "direction-adjusted" coordinates).
 *
 * @param text      its Unicode text (usually one char; a ligature or a merged diacritic gives more)
 * @param x         left edge
 * @param baseline  baseline, from the top
 * @param width     advance width
 * @param size      font size in points
 * @param direction the way its text runs on the unrotated page: 0, 90, 180 or 270 degrees
 */
record Glyph(String text, float x, float baseline, float width, float size, int direction) {

    float end() {
        return x + width;
    }

    float centerX() {
        return x + width / 2;
    }

    /** Roughly the middle of a lower-case letter: where the glyph stands when asking which cell holds it. */
    float centerY() {
        return baseline - size * 0.3f;
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
