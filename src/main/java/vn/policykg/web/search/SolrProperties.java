package vn.policykg.web.search;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code policykg.solr.*}: search on SolrCloud instead of the embedded index. Off unless {@code urls} names nodes.
 *
 * @param urls     comma-separated base URLs of SolrCloud nodes ({@code http://solr1:8983/solr,http://solr2:8983/solr})
 * @param alias    the alias naming the newest complete collection of passages; collections are {@code <alias>_<generation>}
 * @param config   the configset the cluster holds (upload src/main/resources/solr/policykg/conf under this name)
 * @param shards   shards of each new collection
 * @param replicas replicas of each shard
 */
@ConfigurationProperties(prefix = "policykg.solr")
public record SolrProperties(
        @DefaultValue("") String urls,
        @DefaultValue("passages") String alias,
        @DefaultValue("policykg") String config,
        @DefaultValue("2") int shards,
        @DefaultValue("2") int replicas) {

    public boolean enabled() {
        return !nodes().isEmpty();
    }

    public List<String> nodes() {
        return Arrays.stream(urls.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
