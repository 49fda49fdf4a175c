package vn.policykg.read;

/**
 * A straight horizontal or vertical stroke on a page, in points from the top-left of the crop box.
 *
 * @param horizontal  true for a horizontal stroke
 * @param at          its y when horizontal, else its x
 * @param from        where it starts along its length (the smaller coordinate)
 * @param to          where it ends along its length
 */
record Ruling(boolean horizontal, float at, float from, float to) {

    /** Whether this stroke passes through the point (along, across) within a tolerance. */
    boolean covers(float along, float tolerance) {
        return along >= from - tolerance && along <= to + tolerance;
    }

    /**
     * This ruling as text running in direction {@code degrees} sees it: a landscape table is often drawn
     * turned on a portrait page, and PDFBox gives its glyphs' positions in the turned frame.
     */
    Ruling turned(int degrees, float pageWidth, float pageHeight) {
        float[] a = horizontal ? new float[] {from, at} : new float[] {at, from};
        float[] b = horizontal ? new float[] {to, at} : new float[] {at, to};
        a = turn(a, degrees, pageWidth, pageHeight);
        b = turn(b, degrees, pageWidth, pageHeight);
        boolean flat = Math.abs(a[1] - b[1]) < Math.abs(a[0] - b[0]);
        return flat
                ? new Ruling(true, a[1], Math.min(a[0], b[0]), Math.max(a[0], b[0]))
                : new Ruling(false, a[0], Math.min(a[1], b[1]), Math.max(a[1], b[1]));
    }

    private static float[] turn(float[] p, int degrees, float width, float height) {
        return switch (degrees) {
            case 90 -> new float[] {height - p[1], p[0]};
            case 180 -> new float[] {width - p[0], height - p[1]};
            case 270 -> new float[] {p[1], width - p[0]};
            default -> p;
        };
    }
}
