package vn.policykg.source;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The five real documents of data/, parsed once per test run and looked up by their original number. */
public final class Corpus {

    public static final Path DATA = Path.of("data");
    private static final Map<String, ParsedDocument> PARSED = new ConcurrentHashMap<>();

    private Corpus() {}

    /** "000" … "004": the document whose original file name starts so. */
    public static ParsedDocument parsed(String number) {
        return PARSED.computeIfAbsent(number, n -> StructureParser.parse(SourceText.read(entry(n).sourceFile())));
    }

    /** The manifest entry of document "000" … "004". */
    public static Manifest.Entry entry(String number) {
        return Manifest.read(DATA).corpus().stream()
                .filter(e -> e.originalFileName().startsWith(number + "_"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no document " + number + " in the manifest"));
    }

    public static final String[] NUMBERS = {"000", "001", "002", "003", "004"};
}
