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
        return PARSED.computeIfAbsent(number, n -> {
            Manifest manifest = Manifest.read(DATA);
            Manifest.Entry entry = manifest.corpus().stream()
                .filter(e -> e.originalFileName().startsWith(n + "_"))
                .findFirst().orElseThrow(() -> new AssertionError("no document " + n + " in the manifest"));
            return StructureParser.parse(SourceText.read(entry.sourceFile()));
        });
    }

    public static final String[] NUMBERS = {"000", "001", "002", "003", "004"};
}
