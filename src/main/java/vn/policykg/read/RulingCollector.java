package vn.policykg.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The rulings of a page: gazette tables are drawn as stroked lines, stroked rectangles or thin filled
 * rectangles, so every straight horizontal or vertical piece of those becomes a {@link Ruling}. Curves,
 * clipping paths and large filled areas (shading) are left out. Positions are those of the unrotated page
 * (see {@link Ruling#turned}).
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

    /** A filled rectangle thinner than this (points) is a drawn line. */
    private static final float THIN = 2.5f;
    /** How far a stroke may lean and still count as horizontal or vertical. */
    private static final float STRAIGHT = 0.5f;

    private final PDRectangle cropBox;
    private final List<Ruling> rulings = new ArrayList<>();
    /** The current path as sub-paths of points in PDF space; a closed sub-path repeats its first point. */
    private final List<List<Point2D.Float>> subpaths = new ArrayList<>();

    private RulingCollector(PDPage page) {
        super(page);
        this.cropBox = page.getCropBox();
    }

    static List<Ruling> of(PDPage page) throws IOException {
        RulingCollector collector = new RulingCollector(page);
        collector.processPage(page);
        return collector.rulings;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        subpaths.add(new ArrayList<>(List.of(point(p0), point(p1), point(p2), point(p3), point(p0))));
    }

    @Override
    public void moveTo(float x, float y) {
        subpaths.add(new ArrayList<>(List.of(new Point2D.Float(x, y))));
    }

    @Override
    public void lineTo(float x, float y) {
        if (subpaths.isEmpty()) moveTo(x, y);
        else subpaths.getLast().add(new Point2D.Float(x, y));
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // a curve is no ruling: start a new sub-path at its end so no straight edge spans it
        moveTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return subpaths.isEmpty() ? new Point2D.Float() : subpaths.getLast().getLast();
    }

    @Override
    public void closePath() {
        if (!subpaths.isEmpty() && subpaths.getLast().size() > 1)
            subpaths.getLast().add(subpaths.getLast().getFirst());
    }

    @Override
    public void strokePath() {
        for (List<Point2D.Float> points : subpaths)
            for (int i = 1; i < points.size(); i++) addEdge(points.get(i - 1), points.get(i));
        subpaths.clear();
    }

    @Override
    public void fillPath(int windingRule) {
        for (List<Point2D.Float> points : subpaths) addThinArea(points);
        subpaths.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void endPath() {
        subpaths.clear();
    }

    @Override
    public void clip(int windingRule) {
        // the clipping path is consumed by the endPath that follows
    }

    @Override
    public void drawImage(PDImage pdImage) {}

    @Override
    public void shadingFill(COSName shadingName) {}

    private void addEdge(Point2D.Float a, Point2D.Float b) {
        if (Math.abs(a.y - b.y) <= STRAIGHT && Math.abs(a.x - b.x) > STRAIGHT)
            add(true, top(a.y), left(Math.min(a.x, b.x)), left(Math.max(a.x, b.x)));
        else if (Math.abs(a.x - b.x) <= STRAIGHT && Math.abs(a.y - b.y) > STRAIGHT)
            add(false, left(a.x), top(Math.max(a.y, b.y)), top(Math.min(a.y, b.y)));
    }

    private void addThinArea(List<Point2D.Float> points) {
        float minX = Float.MAX_VALUE, minY = Float.MAX_VALUE, maxX = -Float.MAX_VALUE, maxY = -Float.MAX_VALUE;
        for (Point2D.Float p : points) {
            minX = Math.min(minX, p.x);
            maxX = Math.max(maxX, p.x);
            minY = Math.min(minY, p.y);
            maxY = Math.max(maxY, p.y);
        }
        float width = maxX - minX, height = maxY - minY;
        if (height <= THIN && width > 2 * THIN) add(true, top((minY + maxY) / 2), left(minX), left(maxX));
        else if (width <= THIN && height > 2 * THIN) add(false, left((minX + maxX) / 2), top(maxY), top(minY));
    }

    private void add(boolean horizontal, float at, float from, float to) {
        rulings.add(new Ruling(horizontal, at, from, to));
    }

    /** PDF space to the glyphs' space: from the crop box's top-left corner, y downwards. */
    private float left(float x) {
        return x - cropBox.getLowerLeftX();
    }

    private float top(float y) {
        return cropBox.getUpperRightY() - y;
    }

    private static Point2D.Float point(Point2D p) {
        return new Point2D.Float((float) p.getX(), (float) p.getY());
    }
}
