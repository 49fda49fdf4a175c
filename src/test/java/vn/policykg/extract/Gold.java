package vn.policykg.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The hand-made gold set in src/test/resources/gold, and the precision/recall arithmetic over it. */
final class Gold {

    private Gold() {}

    /** Rows of a gold TSV file as column → value maps. */
    static List<Map<String, String>> rows(String file) {
        try {
            List<String> lines = Files.readAllLines(Path.of("src/test/resources/gold", file), StandardCharsets.UTF_8);
            String[] header = lines.get(0).split("\t", -1);
            List<Map<String, String>> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) continue;
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) row.put(header[i], i < cells.length ? cells[i] : "");
                out.add(row);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Precision and recall of a predicted set against a gold set. */
    record Score(String name, int truePositives, int predicted, int gold) {
        double precision() {
            return predicted == 0 ? 1 : (double) truePositives / predicted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) truePositives / gold;
        }

        @Override
        public String toString() {
            return String.format(
                    "%-28s precision %.3f (%d/%d)  recall %.3f (%d/%d)",
                    name, precision(), truePositives, predicted, recall(), truePositives, gold);
        }
    }

    static <T> Score score(String name, Set<T> predicted, Set<T> gold, List<String> misses) {
        int tp = 0;
        for (T p : predicted)
            if (gold.contains(p)) tp++;
            else misses.add(name + " extra: " + p);
        for (T g : gold) if (!predicted.contains(g)) misses.add(name + " missed: " + g);
        return new Score(name, tp, predicted.size(), gold.size());
    }
}
