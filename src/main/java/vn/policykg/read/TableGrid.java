package vn.policykg.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A ruled table on one page, found from its rulings: the horizontal rulings cut it into row bands, the
 * vertical rulings present in a band cut that band into cells (so a cell spanning columns stays one cell),
 * and a cell whose top ruling is missing is part of the cell above it (a cell spanning rows).
 */
final class TableGrid {

    /** Rulings this close (points) are the same line; a glyph this far outside a table is still in it. */
    static final float TOLERANCE = 2f;
    /** Rulings reaching this far (points) past the last line across them mark a side of the table left open. */
    private static final float OPEN_SIDE = 3 * TOLERANCE;

    /** A cell's place in one row band; {@link #owner} is the slot whose cell it is part of (itself unless merged). */
    static final class Slot {
        final float left, right;
        Slot owner = this;

        Slot(float left, float right) {
            this.left = left;
            this.right = right;
        }
    }

    private final float left, right;
    private final float[] rowEdges;
    private final List<List<Slot>> rows;

    private TableGrid(float left, float right, float[] rowEdges, List<List<Slot>> rows) {
        this.left = left;
        this.right = right;
        this.rowEdges = rowEdges;
        this.rows = rows;
    }

    /** The tables drawn by these rulings, top to bottom: every connected set of at least two cells. */
    static List<TableGrid> find(List<Ruling> rulings) {
        List<Ruling> lines = merge(rulings);
        int[] parent = new int[lines.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int i = 0; i < lines.size(); i++)
            for (int j = i + 1; j < lines.size(); j++)
                if (cross(lines.get(i), lines.get(j))) parent[root(parent, i)] = root(parent, j);
        List<TableGrid> grids = new ArrayList<>();
        for (int r = 0; r < parent.length; r++) {
            if (root(parent, r) != r) continue;
            List<Ruling> component = new ArrayList<>();
            for (int i = 0; i < parent.length; i++) if (root(parent, i) == r) component.add(lines.get(i));
            TableGrid grid = build(component);
            if (grid != null) grids.add(grid);
        }
        grids.sort(Comparator.comparingDouble(TableGrid::top));
        return grids;
    }

    float top() {
        return rowEdges[0];
    }

    float bottom() {
        return rowEdges[rowEdges.length - 1];
    }

    /** The top of row band {@code row}, for ordering rows among the page's other lines. */
    float rowTop(int row) {
        return rowEdges[row];
    }

    List<List<Slot>> rows() {
        return rows;
    }

    boolean contains(Glyph glyph) {
        return glyph.centerX() >= left - TOLERANCE
                && glyph.centerX() <= right + TOLERANCE
                && glyph.centerY() >= top() - TOLERANCE
                && glyph.centerY() <= bottom() + TOLERANCE;
    }

    /** The cell holding a glyph of this table: the owner of the slot under its centre. */
    Slot cellOf(Glyph glyph) {
        int row = 0;
        while (row < rows.size() - 1 && glyph.centerY() >= rowEdges[row + 1]) row++;
        Slot slot = rows.get(row).getFirst();
        for (Slot s : rows.get(row)) if (glyph.centerX() >= s.left) slot = s;
        return slot.owner;
    }

    private static TableGrid build(List<Ruling> component) {
        List<Ruling> horizontal = component.stream().filter(Ruling::horizontal).toList();
        List<Ruling> vertical = component.stream().filter(r -> !r.horizontal()).toList();
        if (horizontal.size() < 2 || vertical.size() < 2) return null;
        float[] rowEdges = edges(horizontal, vertical), columnEdges = edges(vertical, horizontal);
        float left = columnEdges[0], right = columnEdges[columnEdges.length - 1];
        List<List<Slot>> rows = new ArrayList<>();
        for (int i = 0; i + 1 < rowEdges.length; i++) {
            float middle = (rowEdges[i] + rowEdges[i + 1]) / 2;
            List<Slot> band = new ArrayList<>();
            float from = left;
            for (float x : columnEdges) {
                boolean edge = x == right
                        || (x > left
                                && vertical.stream()
                                        .anyMatch(v -> Math.abs(v.at() - x) <= TOLERANCE && v.covers(middle, 0)));
                if (edge) {
                    band.add(new Slot(from, x));
                    from = x;
                }
            }
            if (i > 0) for (Slot slot : band) mergeIntoAbove(slot, rows.getLast(), rowEdges[i], horizontal);
            rows.add(band);
        }
        long cells =
                rows.stream().flatMap(List::stream).filter(s -> s.owner == s).count();
        return cells < 2 ? null : new TableGrid(left, right, rowEdges, rows);
    }

    /** A slot with no ruling above its middle continues the cell above it. */
    private static void mergeIntoAbove(Slot slot, List<Slot> above, float y, List<Ruling> horizontal) {
        float middle = (slot.left + slot.right) / 2;
        boolean ruled = horizontal.stream().anyMatch(h -> Math.abs(h.at() - y) <= TOLERANCE && h.covers(middle, 0));
        if (ruled) return;
        for (Slot s : above) if (middle >= s.left && middle <= s.right) slot.owner = s.owner;
    }

    /** Rulings on the same line that touch or overlap become one. */
    private static List<Ruling> merge(List<Ruling> rulings) {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort(Comparator.comparing(Ruling::horizontal).thenComparingDouble(Ruling::at));
        List<Ruling> merged = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i < sorted.size()
                    && sorted.get(i).horizontal() == sorted.get(start).horizontal()
                    && sorted.get(i).at() - sorted.get(start).at() <= TOLERANCE) continue;
            List<Ruling> line = new ArrayList<>(sorted.subList(start, i));
            line.sort(Comparator.comparingDouble(Ruling::from));
            Ruling current = line.getFirst();
            for (Ruling next : line.subList(1, line.size())) {
                if (next.from() <= current.to() + TOLERANCE) {
                    current = new Ruling(
                            current.horizontal(), current.at(), current.from(), Math.max(current.to(), next.to()));
                } else {
                    merged.add(current);
                    current = next;
                }
            }
            merged.add(current);
            start = i;
        }
        return merged;
    }

    private static boolean cross(Ruling a, Ruling b) {
        return a.horizontal() != b.horizontal() && a.covers(b.at(), TOLERANCE) && b.covers(a.at(), TOLERANCE);
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    /**
     * Where the lines across a table stand (row edges from the horizontal rulings, or column edges from the
     * vertical ones), plus an open side: where the rulings along it reach well beyond the last line across.
     */
    private static float[] edges(List<Ruling> across, List<Ruling> along) {
        List<Float> values = new ArrayList<>(across.stream().map(Ruling::at).toList());
        float first = values.stream().min(Float::compare).orElseThrow(),
                last = values.stream().max(Float::compare).orElseThrow();
        float start = along.stream().map(Ruling::from).min(Float::compare).orElseThrow();
        float end = along.stream().map(Ruling::to).max(Float::compare).orElseThrow();
        if (start < first - OPEN_SIDE) values.add(start);
        if (end > last + OPEN_SIDE) values.add(end);
        return cluster(values);
    }

    /** Sorted values with those within {@link #TOLERANCE} of the previous one left out. */
    private static float[] cluster(List<Float> values) {
        List<Float> sorted = values.stream().sorted().toList();
        List<Float> kept = new ArrayList<>();
        for (float v : sorted) if (kept.isEmpty() || v - kept.getLast() > TOLERANCE) kept.add(v);
        float[] result = new float[kept.size()];
        for (int i = 0; i < result.length; i++) result[i] = kept.get(i);
        return result;
    }
}
