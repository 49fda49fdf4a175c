package vn.policykg.search;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.system.Txn;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.store.StoreLayout;

/**
 * Search latency, embedded index against a SolrCloud collection of the same passages (2 nodes in one JVM of their
 * own, 2 shards × 2 replicas, on this machine), and the time to write the collection, for a built store
 * generation (README, "On SolrCloud", gives the command). Both engines
 * answer the same /api/search request (query, filters, top 10, facet counts, snippets); Solr's figure includes
 * the HTTP round trip. Not part of the test suite.
 */
public final class SolrSearchBenchmark {

    private static final List<String> PHRASES = BenchmarkPhrases.ALL;
    private static final int WARMUP_ROUNDS = 20;
    private static final int ROUNDS = 40;

    private SolrSearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (OpenedGeneration gen = OpenedGeneration.open(
                        new StoreLayout.Generation(dir.getFileName().toString(), dir));
                SolrCloud cloud = SolrCloud.start(2)) {
            SolrCollections collections = new SolrCollections(
                    new SolrNodes(List.of(cloud.node(0), cloud.node(1))), "passages", SolrCloud.CONFIG, 2, 2);
            long t0 = System.nanoTime();
            Txn.executeRead(
                    gen.dataset(),
                    () -> collections.write("bench", gen.dataset().getDefaultModel()));
            double writeSeconds = (System.nanoTime() - t0) / 1e9;
            PassageSearch embedded = new Searcher(gen.textIndex());
            PassageSearch solr = new SolrSearcher(collections.nodes(), collections.collectionOf("bench"));
            int passages = gen.textIndex().searcher().getIndexReader().numDocs();
            System.out.printf(
                    "%d passages written to a collection in %.1f s (%.2f s per 1,000)%n",
                    passages, writeSeconds, writeSeconds * 1000 / passages);
            for (int r = 0; r < WARMUP_ROUNDS; r++)
                for (String q : PHRASES) {
                    embedded.search(SearchRequest.of(q));
                    solr.search(SearchRequest.of(q));
                }
            long[] ours = new long[ROUNDS * PHRASES.size()];
            long[] theirs = new long[ROUNDS * PHRASES.size()];
            int i = 0;
            for (int r = 0; r < ROUNDS; r++)
                for (String q : PHRASES) {
                    long a = System.nanoTime();
                    embedded.search(SearchRequest.of(q));
                    long b = System.nanoTime();
                    solr.search(SearchRequest.of(q));
                    long c = System.nanoTime();
                    ours[i] = b - a;
                    theirs[i++] = c - b;
                }
            Arrays.sort(ours);
            Arrays.sort(theirs);
            System.out.printf("%d searches each, interleaved; latency ms p50 / p90 / p99%n", ours.length);
            System.out.printf("  embedded   %.2f / %.2f / %.2f%n", ms(ours, .5), ms(ours, .9), ms(ours, .99));
            System.out.printf("  SolrCloud  %.2f / %.2f / %.2f%n", ms(theirs, .5), ms(theirs, .9), ms(theirs, .99));
        }
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
