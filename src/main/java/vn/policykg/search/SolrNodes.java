package vn.policykg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SolrCloud nodes, spoken to over Solr's HTTP API in JSON. Any live node answers for the whole collection (SolrCloud
 * routes to the shards and replicas that hold it), so a request goes to the next node in turn and moves on when a
 * node cannot be reached or cannot serve (5xx); any other answer from Solr, a 4xx included, is final.
 */
public final class SolrNodes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<String> nodes;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger next = new AtomicInteger();

    /** {@code nodes}: base URLs such as {@code http://solr1:8983/solr}. */
    public SolrNodes(List<String> nodes) {
        if (nodes.isEmpty()) throw new IllegalArgumentException("No Solr node given");
        this.nodes = nodes.stream()
                .map(n -> n.endsWith("/") ? n.substring(0, n.length() - 1) : n)
                .toList();
    }

    /** GET {@code path} (after the base URL) with {@code params}, each name with its values in order. */
    public JsonNode get(String path, Map<String, List<String>> params) {
        StringBuilder q = new StringBuilder("?wt=json");
        params.forEach((name, values) -> values.forEach(v -> q.append('&')
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return send(base -> HttpRequest.newBuilder(URI.create(base + path + q)).GET());
    }

    /** POST {@code body} as JSON to {@code path}. */
    public JsonNode post(String path, Object body) {
        byte[] bytes = JSON.writeValueAsBytes(body);
        return send(base -> HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
    }

    /** Solr's own words for an error ({@code error.msg}), or the body as it came (a proxy's page, say). */
    private static String errorMessage(String body) {
        try {
            return JSON.readTree(body).at("/error/msg").asString(body);
        } catch (JacksonException e) {
            return body;
        }
    }

    private interface Request {
        HttpRequest.Builder to(String base);
    }

    private JsonNode send(Request request) {
        int first = Math.floorMod(next.getAndIncrement(), nodes.size());
        String failures = "";
        for (int i = 0; i < nodes.size(); i++) {
            String base = nodes.get((first + i) % nodes.size());
            try {
                HttpResponse<String> r = http.send(
                        request.to(base).timeout(Duration.ofMinutes(2)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                String said = "Solr at " + base + " answered " + r.statusCode();
                // A node that cannot serve now (5xx) may be starting or stopping: another may serve.
                if (r.statusCode() >= 500) failures += said + "; ";
                else if (r.statusCode() != 200) throw new IllegalStateException(said + ": " + errorMessage(r.body()));
                else return JSON.readTree(r.body());
            } catch (IOException e) {
                failures += base + ": " + e + "; ";
            } catch (JacksonException e) {
                throw new IllegalStateException("Solr at " + base + " answered with what is not JSON", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while asking Solr", e);
            }
        }
        throw new UncheckedIOException(new IOException("No Solr node of " + nodes + " could answer: " + failures));
    }
}
