package vn.policykg.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * One page's lines in reading order, top to bottom: the text outside tables line by line, and each row of
 * a ruled table as one line of cells, every cell holding all its glyphs however many lines they wrap over.
 */
final class PageLayout {

    /**
     * A line of the page: a text line is one cell and no table; a table row has its table's number on the
     * page (from 0) and its cells left to right.
     */
    record Line(float top, int table, List<String> cells) {
        boolean isRow() {
            return table >= 0;
        }
    }

    private PageLayout() {}

    /**
     * The lines of a page. Text running in another direction (a landscape table turned on a portrait page
     * while its running head stays upright) is laid out on its own, with the rulings turned the same way,
     * after the text of the directions before it (0, 90, 180, 270).
     */
    static List<Line> lines(List<Glyph> glyphs, List<Ruling> rulings, PDRectangle cropBox) {
        Map<Integer, List<Glyph>> byDirection = new TreeMap<>();
        glyphs.forEach(g -> byDirection
                .computeIfAbsent(g.direction(), d -> new ArrayList<>())
                .add(g));
        List<Line> lines = new ArrayList<>();
        for (var direction : byDirection.entrySet()) {
            List<TableGrid> grids = TableGrid.find(rulings.stream()
                    .map(r -> r.turned(direction.getKey(), cropBox.getWidth(), cropBox.getHeight()))
                    .toList());
            int firstTable = lines.stream().mapToInt(Line::table).max().orElse(-1) + 1;
            lines.addAll(lines(direction.getValue(), grids, firstTable));
        }
        return lines;
    }

    private static List<Line> lines(List<Glyph> glyphs, List<TableGrid> grids, int firstTable) {
        List<Map<TableGrid.Slot, List<Glyph>>> cellGlyphs = new ArrayList<>();
        grids.forEach(g -> cellGlyphs.add(new IdentityHashMap<>()));
        List<Glyph> outside = new ArrayList<>();
        for (Glyph glyph : glyphs) {
            int table = tableOf(glyph, grids);
            if (table < 0) outside.add(glyph);
            else
                cellGlyphs
                        .get(table)
                        .computeIfAbsent(grids.get(table).cellOf(glyph), s -> new ArrayList<>())
                        .add(glyph);
        }
        List<Line> lines = new ArrayList<>();
        for (TextLines.Line line : TextLines.of(outside))
            lines.add(new Line(line.baseline(), -1, List.of(line.text())));
        for (int t = 0; t < grids.size(); t++) lines.addAll(rows(firstTable + t, grids.get(t), cellGlyphs.get(t)));
        lines.sort(Comparator.comparingDouble(Line::top));
        return lines;
    }

    private static int tableOf(Glyph glyph, List<TableGrid> grids) {
        for (int t = 0; t < grids.size(); t++) if (grids.get(t).contains(glyph)) return t;
        return -1;
    }

    /** The table's rows with any text; a cell merged with the one above it is empty in its lower rows. */
    private static List<Line> rows(int table, TableGrid grid, Map<TableGrid.Slot, List<Glyph>> cellGlyphs) {
        List<Line> rows = new ArrayList<>();
        for (int r = 0; r < grid.rows().size(); r++) {
            List<String> cells = new ArrayList<>();
            for (TableGrid.Slot slot : grid.rows().get(r))
                cells.add(slot.owner == slot ? TextLines.joined(cellGlyphs.getOrDefault(slot, List.of())) : "");
            if (cells.stream().anyMatch(c -> !c.isEmpty()))
                rows.add(new Line(grid.rowTop(r), table, List.copyOf(cells)));
        }
        return rows;
    }
}
