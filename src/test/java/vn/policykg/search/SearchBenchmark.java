package vn.policykg.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import vn.policykg.store.BuiltStore;
import vn.policykg.store.TextIndexWriter;
import vn.policykg.store.VietnameseTextIndex;
import vn.policykg.vocab.Vocab;

/**
 * Search latency (the /api/search engine: query, filters, top 10, facet counts, snippets; no HTTP) for the
 * evaluation queries, on the real corpus and on a synthetic one 100 times larger made of the real clauses'
 * sentences reshuffled into new clauses of the same documents. Run it with
 * {@code ./mvnw -q -Pbenchmark test-compile exec:java} ({@code -Dexec.args=real-only} skips the large corpus);
 * it is not part of the test suite.
 */
public final class SearchBenchmark {

    private static final int WARMUP_ROUNDS = 30;
    private static final int ROUNDS = 60;
    private static final int COPIES = 99;

    private SearchBenchmark() {}

    public static void main(String[] args) throws IOException {
        List<String> queries = SearchEvaluationTest.judgements().stream()
                .map(SearchEvaluationTest.Judgement::query)
                .toList();
        Model real = BuiltStore.seedGraph();
        Path tmp = Files.createTempDirectory("policykg-bench-");
        try {
            run("real corpus", real, tmp.resolve("real"), queries);
            if (!Arrays.asList(args).contains("real-only"))
                run("synthetic corpus (100×)", synthetic(real), tmp.resolve("synthetic"), queries);
        } finally {
            try (Stream<Path> walk = Files.walk(tmp)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private static void run(String name, Model graph, Path dir, List<String> queries) throws IOException {
        int docs = TextIndexWriter.write(graph, dir);
        long bytes;
        try (Stream<Path> files = Files.list(dir)) {
            bytes = files.mapToLong(p -> p.toFile().length()).sum();
        }
        try (VietnameseTextIndex index = VietnameseTextIndex.open(dir)) {
            Searcher searcher = new Searcher(index);
            for (int r = 0; r < WARMUP_ROUNDS; r++) for (String q : queries) searcher.search(SearchRequest.of(q));
            long[] nanos = new long[ROUNDS * queries.size()];
            int i = 0;
            long hits = 0;
            for (int r = 0; r < ROUNDS; r++)
                for (String q : queries) {
                    long t0 = System.nanoTime();
                    hits += searcher.search(SearchRequest.of(q)).total();
                    nanos[i++] = System.nanoTime() - t0;
                }
            Arrays.sort(nanos);
            System.out.printf(
                    "%s: %d index documents (%.1f MB), %d searches (%d queries × %d), %.0f hits per search on average%n",
                    name, docs, bytes / 1e6, nanos.length, queries.size(), ROUNDS, (double) hits / nanos.length);
            System.out.printf(
                    "  latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f%n",
                    ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
        }
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    /** The real graph plus {@link #COPIES} new clauses per real one: as many sentences, drawn at random from all clauses. */
    private static Model synthetic(Model real) {
        Model out = ModelFactory.createDefaultModel().add(real);
        List<Resource> clauses = real.listSubjectsWithProperty(Vocab.text).toList();
        List<String> sentences = new ArrayList<>();
        for (Resource c : clauses)
            sentences.addAll(Arrays.asList(c.getProperty(Vocab.text).getString().split("(?<=[.;:])\\s+")));
        Random random = new Random(42);
        for (int k = 1; k <= COPIES; k++)
            for (Resource c : clauses) {
                int n = c.getProperty(Vocab.text).getString().split("(?<=[.;:])\\s+").length;
                StringBuilder text = new StringBuilder();
                for (int s = 0; s < n; s++)
                    text.append(s == 0 ? "" : " ").append(sentences.get(random.nextInt(sentences.size())));
                out.createResource(c.getURI() + "/synthetic-" + k)
                        .addProperty(RDF.type, Vocab.LegalResourceSubdivision)
                        .addProperty(Vocab.document, c.getPropertyResourceValue(Vocab.document))
                        .addProperty(
                                Vocab.numberPath,
                                c.getProperty(Vocab.numberPath).getString() + "~" + k)
                        .addProperty(Vocab.text, text.toString(), "vi");
            }
        return out;
    }
}
