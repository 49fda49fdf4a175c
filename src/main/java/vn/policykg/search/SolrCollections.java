package vn.policykg.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import tools.jackson.databind.JsonNode;
import vn.policykg.store.TextIndexWriter;

/**
 * The passages of each store generation as a SolrCloud collection, {@code <alias>_<generation>}, made from the
 * configset the cluster holds as {@code config} (src/main/resources/solr/policykg/conf), with an alias naming the
 * newest complete one: the way the store's CURRENT names its generation. A collection is complete once the alias
 * names it; one left half-written by a process that stopped is made again.
 */
public final class SolrCollections {

    private static final int BATCH = 500;

    private final SolrNodes nodes;
    private final String alias;
    private final String config;
    private final int shards;
    private final int replicas;

    public SolrCollections(SolrNodes nodes, String alias, String config, int shards, int replicas) {
        this.nodes = nodes;
        this.alias = alias;
        this.config = config;
        this.shards = shards;
        this.replicas = replicas;
    }

    public SolrNodes nodes() {
        return nodes;
    }

    /** The collection of a generation. */
    public String collectionOf(String generation) {
        return alias + "_" + generation;
    }

    /** Whether the alias names the collection of {@code generation}, which is then complete. */
    public boolean complete(String generation) {
        JsonNode target = admin("LISTALIASES").at("/aliases/" + alias);
        return !target.isMissingNode() && target.asString().equals(collectionOf(generation));
    }

    /**
     * Writes the passages of {@code graph} (generation {@code generation}, read inside a transaction by the caller)
     * into its collection, then points the alias at it and deletes the collections of older generations.
     */
    public void write(String generation, Model graph) {
        if (complete(generation)) return;
        String name = collectionOf(generation);
        if (collections().contains(name)) admin("DELETE", "name", name);
        admin(
                "CREATE",
                "name",
                name,
                "collection.configName",
                config,
                "numShards",
                Integer.toString(shards),
                "replicationFactor",
                Integer.toString(replicas),
                "waitForFinalState",
                "true");
        List<Map<String, Object>> batch = new ArrayList<>();
        TextIndexWriter.passages(graph, d -> {
            batch.add(solrDocument(d));
            if (batch.size() == BATCH) {
                nodes.post("/" + name + "/update", batch);
                batch.clear();
            }
        });
        nodes.post("/" + name + "/update?commit=true", batch);
        admin("CREATEALIAS", "name", alias, "collections", name);
        for (String older : collections())
            if (older.startsWith(alias + "_") && !older.equals(name)) admin("DELETE", "name", older);
    }

    /** A passage as Solr takes it: each field of the index's Lucene document by name, a list where it repeats. */
    public static Map<String, Object> solrDocument(Document d) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (IndexableField f : d.getFields()) {
            String value =
                    f.stringValue() != null ? f.stringValue() : f.binaryValue().utf8ToString();
            out.merge(f.name(), value, (a, b) -> {
                List<Object> values = a instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>(List.of(a));
                values.add(b);
                return values;
            });
        }
        return out;
    }

    private List<String> collections() {
        List<String> out = new ArrayList<>();
        admin("LIST").at("/collections").forEach(c -> out.add(c.asString()));
        return out;
    }

    /** A Collections API call: the action, then parameters in pairs. */
    private JsonNode admin(String action, String... params) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("action", List.of(action));
        for (int i = 0; i < params.length; i += 2) p.put(params[i], List.of(params[i + 1]));
        return nodes.get("/admin/collections", p);
    }
}
