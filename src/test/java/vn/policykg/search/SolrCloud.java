package vn.policykg.search;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.policykg.analysis.AbbreviationsFilterFactory;

/**
 * A SolrCloud cluster for a test: ZooKeeper and {@code n} Solr 9 nodes started by {@code
 * src/test/solr/SolrCloudNodes.java} in a JVM of their own (Solr 9 needs Jetty 10, this one holds Jetty 12), our
 * configset uploaded as {@value #CONFIG} with our classes on the nodes' class path. Spoken to over Solr's HTTP
 * API, as any client would; the nodes' log is {@code target/solr-nodes.log}.
 */
public final class SolrCloud implements AutoCloseable {

    public static final String CONFIG = "policykg";
    private static final Path POM = Path.of("src/test/solr/pom.xml");
    private static final Path CLASS_PATH = Path.of("target/solr-nodes.classpath");
    private static final String PREFIX = "solrcloud: ";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Process process;
    private final Writer commands;
    private final BufferedReader answers;
    private final List<String> nodes = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    private SolrCloud(Process process) throws IOException {
        this.process = process;
        this.commands = process.outputWriter(StandardCharsets.UTF_8);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line; !(line = answer()).equals("READY"); )
            if (line.startsWith("NODE ")) nodes.add(line.split(" ")[2]);
    }

    /** Starts ZooKeeper and {@code n} nodes; returns once every node is up. */
    public static SolrCloud start(int n) throws IOException, InterruptedException {
        String classes = Path.of(toUri(AbbreviationsFilterFactory.class)).toString();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(
                        java,
                        "-Xmx1g",
                        "-cp",
                        classPath() + File.pathSeparator + classes,
                        "src/test/solr/SolrCloudNodes.java",
                        Integer.toString(n),
                        "src/main/resources/solr/policykg/conf",
                        CONFIG)
                .redirectError(Path.of("target/solr-nodes.log").toFile())
                .start();
        return new SolrCloud(p);
    }

    /** The nodes' class path from src/test/solr/pom.xml, asked of Maven once and kept in target/. */
    private static String classPath() throws IOException, InterruptedException {
        if (!Files.exists(CLASS_PATH)
                || Files.getLastModifiedTime(CLASS_PATH).compareTo(Files.getLastModifiedTime(POM)) < 0) {
            Process mvn = new ProcessBuilder(
                            Path.of("mvnw").toAbsolutePath().toString(),
                            "-q",
                            "-f",
                            POM.toString(),
                            "org.apache.maven.plugins:maven-dependency-plugin:3.9.0:build-classpath",
                            "-Dmdep.outputFile=" + CLASS_PATH.toAbsolutePath())
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target/solr-nodes.classpath.log").toFile())
                    .start();
            if (!mvn.waitFor(10, TimeUnit.MINUTES) || mvn.exitValue() != 0)
                throw new IllegalStateException(
                        "Maven could not resolve " + POM + "; see target/solr-nodes.classpath.log");
        }
        return Files.readString(CLASS_PATH).strip();
    }

    private static URI toUri(Class<?> c) {
        try {
            return c.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The base URL of node {@code i} ({@code http://127.0.0.1:port/solr}). */
    public String node(int i) {
        return nodes.get(i);
    }

    public void stop(int i) throws IOException {
        command("stop " + i);
    }

    /** GET {@code path} with the query parameters in pairs (name, value …) from node {@code i}, as JSON. */
    JsonNode get(int i, String path, String... params) {
        StringBuilder q = new StringBuilder("?wt=json");
        for (int k = 0; k < params.length; k += 2)
            q.append('&')
                    .append(params[k])
                    .append('=')
                    .append(URLEncoder.encode(params[k + 1], StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(node(i) + path + q)).GET());
    }

    /** POST {@code body} as JSON to {@code path} on node {@code i}. */
    JsonNode post(int i, String path, Object body) {
        return send(HttpRequest.newBuilder(URI.create(node(i) + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(
                    request.timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200)
                throw new IllegalStateException("Solr answered " + r.statusCode() + ": " + r.body());
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void command(String line) throws IOException {
        commands.write(line + "\n");
        commands.flush();
        String answer = answer();
        if (!answer.equals("OK")) throw new IllegalStateException(line + ": " + answer);
    }

    /** The next line the nodes' JVM says (its log goes to a file, not here). */
    private String answer() throws IOException {
        for (String line; (line = answers.readLine()) != null; )
            if (line.startsWith(PREFIX)) return line.substring(PREFIX.length());
        throw new IllegalStateException("The SolrCloud JVM ended; see target/solr-nodes.log");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        commands.close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }
}
