package vn.policykg.web.linkeddata;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.policykg.store.LiveStore;

/**
 * How long the document list takes over {@value DocumentCatalogScaleTest#DOCUMENTS} documents in TDB2 (the
 * store {@link DocumentCatalogScaleTest} checks the answers of): the first request, which sorts every document,
 * then p50, p90 and the fastest of later ones, each list alone (cut from the order kept for it) and two in turn.
 * Not a test; run it with
 * {@code ./mvnw -q -Pbenchmark test-compile exec:java -Dbenchmark=vn.policykg.web.linkeddata.DocumentCatalogBenchmark}.
 */
public final class DocumentCatalogBenchmark {

    private static final int WARMUP_ROUNDS = 20;
    private static final int ROUNDS = 100;

    private DocumentCatalogBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("policykg-catalog-bench-");
        try {
            LiveStore store = DocumentCatalogScaleTest.tenThousandDocuments(dir);
            try {
                DocumentCatalog catalog = new DocumentCatalog(store, new PageQueries(store));
                time(catalog, "unfiltered, page 3", List.of(DocumentCatalogScaleTest.PAGE_THREE));
                time(catalog, "three filters, by number", List.of(DocumentCatalogScaleTest.THREE_FILTERS));
                // Two people asking for different lists in turn: the order kept is never the one asked for.
                time(
                        catalog,
                        "the two in turn",
                        List.of(DocumentCatalogScaleTest.PAGE_THREE, DocumentCatalogScaleTest.THREE_FILTERS));
            } finally {
                store.close();
            }
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    /** Times lists of {@code params}, asked in turn. */
    private static void time(DocumentCatalog catalog, String name, List<Map<String, String>> params) {
        List<DocumentListQuery> qs =
                params.stream().map(DocumentCatalogScaleTest::query).toList();
        long first = System.nanoTime();
        catalog.list(qs.getFirst());
        double firstMs = (System.nanoTime() - first) / 1e6;
        for (int i = 0; i < WARMUP_ROUNDS; i++) catalog.list(qs.get(i % qs.size()));
        double[] ms = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            catalog.list(qs.get(i % qs.size()));
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(
                "%-26s first %7.1f ms   then p50 %6.2f ms  p90 %6.2f ms  fastest %6.2f ms  (%d rounds)%n",
                name, firstMs, ms[ROUNDS / 2], ms[ROUNDS * 9 / 10], ms[0], ROUNDS);
    }
}
