package vn.policykg.web.search;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.system.Txn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.policykg.search.PassageSearch;
import vn.policykg.search.SearchRequest;
import vn.policykg.search.SearchResults;
import vn.policykg.search.Searcher;
import vn.policykg.search.SolrCollections;
import vn.policykg.search.SolrNodes;
import vn.policykg.search.SolrSearcher;
import vn.policykg.store.GenerationMemo;
import vn.policykg.store.LiveStore;
import vn.policykg.store.OpenedGeneration;

/**
 * Where /api/search and /search are answered: the served generation's embedded index, or, with
 * {@code policykg.solr.urls} set, that generation's SolrCloud collection. Each generation the store serves is
 * written to its collection when it is swapped in; until the collection is complete the embedded index answers,
 * so an answer always comes from the generation being served.
 */
@Component
public class Searches {

    private static final Logger LOG = LoggerFactory.getLogger(Searches.class);
    private static final Duration RETRY = Duration.ofMinutes(1);

    private final LiveStore store;
    private final SolrCollections solr;
    private final Set<String> inSolr = ConcurrentHashMap.newKeySet();
    /**
     * Made once per generation, not per request: each keeps the queries it has parsed, and a search engine made
     * at each request parsed every text again (7.6% of a search's CPU on the seeds, by JFR under wrk).
     */
    private final GenerationMemo<Engines> engines;

    /** The generation's engines: its embedded index, and its SolrCloud collection when SolrCloud is configured. */
    record Engines(String generation, Searcher embedded, SolrSearcher solr) {}

    public Searches(LiveStore store, SolrProperties props) {
        this.store = store;
        this.solr = props.enabled()
                ? new SolrCollections(
                        new SolrNodes(props.nodes()), props.alias(), props.config(), props.shards(), props.replicas())
                : null;
        this.engines = new GenerationMemo<>(store, gen -> {
            String id = gen.generation().id();
            return new Engines(
                    id,
                    new Searcher(gen.textIndex()),
                    solr == null ? null : new SolrSearcher(solr.nodes(), solr.collectionOf(id)));
        });
        if (solr != null) {
            write(store.current());
            store.onSwap(this::write);
        }
    }

    /** What a search found, and which engine found it ({@value #EMBEDDED} or {@value #SOLRCLOUD}). */
    public record Answer(SearchResults results, String engine) {}

    public static final String EMBEDDED = "embedded";
    public static final String SOLRCLOUD = "solrcloud";

    public Answer search(SearchRequest request) {
        Engines engines = engines();
        PassageSearch embedded = engines.embedded();
        if (engines.solr() == null || !inSolr.contains(engines.generation()))
            return new Answer(embedded.search(request), EMBEDDED);
        try {
            return new Answer(engines.solr().search(request), SOLRCLOUD);
        } catch (UncheckedIOException | IllegalStateException e) {
            // No node could be reached, or Solr failed: the embedded index holds the same passages.
            LOG.warn("SolrCloud did not answer ({}); answering from the embedded index", e.getMessage());
            return new Answer(embedded.search(request), EMBEDDED);
        }
    }

    /** The served generation's engines. */
    Engines engines() {
        return engines.get();
    }

    /**
     * Writes {@code gen} to its collection; if SolrCloud cannot take it now, the embedded index goes on answering
     * and the write is tried again a minute later, for as long as {@code gen} is the one served.
     */
    private void write(OpenedGeneration gen) {
        String id = gen.generation().id();
        try {
            LOG.info("Writing the passages of generation {} to SolrCloud collection {}", id, solr.collectionOf(id));
            Txn.executeRead(gen.dataset(), () -> solr.write(id, gen.dataset().getDefaultModel()));
            inSolr.add(id);
            LOG.info("SolrCloud collection {} is complete and aliased", solr.collectionOf(id));
        } catch (UncheckedIOException | IllegalStateException e) {
            LOG.error(
                    "SolrCloud could not take generation {} ({}); the embedded index answers, retrying in {}",
                    id,
                    e.getMessage(),
                    RETRY);
            Thread.ofVirtual().name("solr-retry-" + id).start(() -> {
                try {
                    Thread.sleep(RETRY);
                } catch (InterruptedException interrupted) {
                    return;
                }
                if (store.current() == gen) write(gen);
            });
        }
    }
}
