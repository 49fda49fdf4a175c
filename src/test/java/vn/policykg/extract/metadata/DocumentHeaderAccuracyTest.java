package vn.policykg.extract.metadata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How often the number, kind and year read from a gazette document's own text agree with the
 * collector's index.json. The 399 entries sorted by file are split before any tuning: even
 * positions are the development half (rules were written looking at these), odd the test half
 * (run only to report). Index entries found wrong by reading the document's header are listed in
 * metadata/index-exceptions.tsv and counted apart.
 */
class DocumentHeaderAccuracyTest {

    private static final Path GAZETTE = Path.of("..", "shared", "corpus", "gazette");
    private static final Map<String, DocumentKind> LOAI = Map.ofEntries(
            Map.entry("Thông tư", DocumentKind.CIRCULAR), Map.entry("TT Liên tịch", DocumentKind.JOINT_CIRCULAR),
            Map.entry("Nghị định", DocumentKind.DECREE), Map.entry("NQ", DocumentKind.RESOLUTION),
            Map.entry("Nghị quyết", DocumentKind.RESOLUTION), Map.entry("QĐ", DocumentKind.DECISION),
            Map.entry("Quyết định", DocumentKind.DECISION), Map.entry("Luật", DocumentKind.LAW),
            Map.entry("VB HN", DocumentKind.CONSOLIDATED_TEXT),
                    Map.entry("Văn bản hợp nhất", DocumentKind.CONSOLIDATED_TEXT));

    /** One measured figure: right out of total, and every mismatch. */
    private static final class Tally {
        int right, total;
        final List<String> mismatches = new ArrayList<>();

        void count(boolean ok, String mismatch) {
            total++;
            if (ok) right++;
            else mismatches.add(mismatch);
        }

        double rate() {
            return total == 0 ? 1 : (double) right / total;
        }

        @Override
        public String toString() {
            return right + "/" + total + String.format(" (%.3f)", rate());
        }
    }

    private record Half(String name, Tally numbers, Tally kinds, Tally years, List<String> skipped) {
        Half(String name) {
            this(name, new Tally(), new Tally(), new Tally(), new ArrayList<>());
        }
    }

    @Test
    void numbersKindsAndYearsAgreeWithTheIndex() throws IOException {
        Assumptions.assumeTrue(
                Files.isRegularFile(GAZETTE.resolve("index.json")),
                "the gazette corpus is not at ../shared/corpus/gazette (it lives beside the project, never copied in)");
        List<JsonNode> entries = new ArrayList<>();
        JsonMapper.builder()
                .build()
                .readTree(GAZETTE.resolve("index.json").toFile())
                .forEach(entries::add);
        entries.sort(Comparator.comparing(e -> e.get("file").asString()));
        Map<String, String> indexWrong = exceptions();
        DocumentHeaderReader reader = new DocumentHeaderReader();
        Half dev = new Half("development"), test = new Half("test");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String file = entry.get("file").asString();
            String text = Files.readString(GAZETTE.resolve(file));
            measure(i % 2 == 0 ? dev : test, file, entry, reader.read(text), indexWrong, text);
        }
        report(dev);
        report(test);
        assertTrue(test.numbers.rate() >= 0.98, "numbers on the test half: " + test.numbers);
        assertTrue(test.kinds.rate() >= 0.9, "kinds on the test half: " + test.kinds);
    }

    private static void measure(
            Half half,
            String file,
            JsonNode entry,
            DocumentHeader header,
            Map<String, String> indexWrong,
            String text) {
        if (indexWrong.containsKey(file)) {
            half.skipped.add(file + ": index wrong: " + indexWrong.get(file));
            return;
        }
        if (header.notes().stream().anyMatch(n -> n.startsWith("no text"))) {
            half.skipped.add(file + ": no text layer, nothing to read");
            return;
        }
        Optional<String> expected = slugNumber(entry.get("so_hieu").asString());
        String read = header.number().map(Found::value).orElse("(none)");
        if (expected.isEmpty())
            half.skipped.add(file + ": slug " + entry.get("so_hieu").asString() + " carries no usable number");
        else if (!containsNumber(text, expected.get()))
            // The first part of a long document, continued in the next gazette issue, may not hold its own number
            // anywhere (a consolidated text's number stands in its closing block): nothing to read it from.
            half.skipped.add(
                    file + ": the index's number " + expected.get() + " is nowhere in the text, number not compared");
        else
            half.numbers.count(
                    comparable(read).equals(expected.get()), file + ": read " + read + " vs index " + expected.get());
        DocumentKind kind = LOAI.get(entry.get("loai").asString());
        String readKind = header.kind().map(k -> k.value().name()).orElse("(none)");
        if (kind == null)
            half.skipped.add(file + ": loai \"" + entry.get("loai").asString() + "\" names no kind, kind not compared");
        else half.kinds.count(readKind.equals(kind.name()), file + ": read " + readKind + " vs index " + kind);
        int year = entry.get("nam").asInt();
        String readYear =
                header.date().map(d -> String.valueOf(d.value().getYear())).orElse("(none)");
        if (year < 1945 || year > 2100) half.skipped.add(file + ": nam " + year + " is no year, year not compared");
        else half.years.count(readYear.equals(String.valueOf(year)), file + ": read " + readYear + " vs index " + year);
    }

    /** Whether the text writes this (comparable) number anywhere, in any spacing or case. */
    static boolean containsNumber(String text, String comparableNumber) {
        String folded = Normalizer.normalize(text.toLowerCase().replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String tokens = "-"
                + folded.replace(".", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(?<![\\da-z])0+(?=\\d)", "") + "-";
        return tokens.contains("-" + comparableNumber + "-");
    }

    /** "nghi-dinh-so-158-2025-nd-cp-45240" → "158-2025-nd-cp": kind words and gazette id dropped. */
    static Optional<String> slugNumber(String slug) {
        int so = slug.indexOf("-so-");
        String number = so < 0 ? "" : slug.substring(so + 4).replaceFirst("-\\d+$", "");
        return number.matches("\\d.*-[a-z].*") ? Optional.of(comparable(number)) : Optional.empty();
    }

    /** Case-folded, đ→d, accents dropped, separators '-', dots out, leading zeros of numbers out. */
    static String comparable(String number) {
        String folded = Normalizer.normalize(number.toLowerCase().replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return folded.replace(".", "").replaceAll("[\\s/_-]+", "-").replaceAll("(?<![\\da-z])0+(?=\\d)", "");
    }

    private static Map<String, String> exceptions() throws IOException {
        try (var in = DocumentHeaderAccuracyTest.class.getResourceAsStream("/metadata/index-exceptions.tsv")) {
            return new String(in.readAllBytes())
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", 2))
                    .collect(Collectors.toMap(p -> p[0], p -> p[1]));
        }
    }

    private static void report(Half half) {
        System.out.println("== " + half.name + " half: numbers " + half.numbers + ", kinds " + half.kinds + ", years "
                + half.years);
        half.numbers.mismatches.forEach(m -> System.out.println("  number mismatch  " + m));
        half.kinds.mismatches.forEach(m -> System.out.println("  kind mismatch    " + m));
        half.years.mismatches.forEach(m -> System.out.println("  year mismatch    " + m));
        half.skipped.forEach(m -> System.out.println("  not compared     " + m));
    }
}
