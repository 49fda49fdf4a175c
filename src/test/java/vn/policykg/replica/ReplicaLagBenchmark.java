package vn.policykg.replica;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import vn.policykg.store.DumpFiles;
import vn.policykg.store.LiveStore;

/**
 * Replica lag from publish to served (README, "Running on several machines"). A writer and two replicas, each a
 * whole service, over an embedded Kafka broker, all in this JVM: the writer is built from every file under the
 * given folder but the last {@code held-out} texts (by path), the replicas load its dump, then the held-out texts
 * are added one per reload. For each generation it prints the writer's reload time, the patch's size, and for each
 * replica the time from the writer's publishing (acknowledged by Kafka) to the replica serving it; then the time
 * each replica took to load the first dump. Not a test: figures, not assertions.
 *
 * <pre>
 * java -Xmx6g -cp target/test-classes:target/classes:$(cat target/test.classpath) \
 *      vn.policykg.replica.ReplicaLagBenchmark ../shared/corpus 3
 * </pre>
 */
public final class ReplicaLagBenchmark {

    private static final String TOKEN = "benchmark";

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ReplicaLagBenchmark <corpus folder> [held-out texts, default 3]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]).toAbsolutePath().normalize();
        int heldOut = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("policykg-replica-lag-");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<Path> texts =
                files.stream().filter(f -> f.toString().endsWith(".txt")).toList();
        List<Path> added = texts.subList(texts.size() - heldOut, texts.size());
        Path base = Files.createDirectories(work.resolve("base"));
        Path adding = Files.createDirectories(work.resolve("added"));
        for (Path f : files) if (!added.contains(f)) link(corpus, f, base);

        Services.quietKafka();
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
        long t = System.nanoTime();
        ConfigurableApplicationContext writer = Services.start(Map.of(
                "policykg.store-dir",
                work.resolve("writer").toString(),
                "policykg.corpus-dirs",
                base + "," + adding,
                "policykg.reload.token",
                TOKEN,
                "policykg.replication.kafka",
                kafka.getBrokersAsString()));
        LiveStore writerStore = writer.getBean(LiveStore.class);
        System.out.printf("writer: first build and start %.1f s, %,d triples%n", seconds(t), writerStore.size());
        Map<String, Long> published = new ConcurrentHashMap<>();
        // Registered after the publisher's listener, so it runs once Kafka has acknowledged the record.
        writerStore.onSwap(g -> published.put(g.generation().id(), System.nanoTime()));
        String writerUrl = "http://localhost:" + Services.port(writer) + "/";

        List<String> names = List.of("a", "b");
        List<ConfigurableApplicationContext> replicas = new ArrayList<>();
        List<Map<String, Long>> served = new ArrayList<>();
        for (String name : names) {
            t = System.nanoTime();
            ConfigurableApplicationContext replica = Services.start(Map.of(
                    "policykg.store-dir",
                    work.resolve("replica-" + name).toString(),
                    "policykg.replication.kafka",
                    kafka.getBrokersAsString(),
                    "policykg.replication.writer-url",
                    writerUrl,
                    "policykg.replication.name",
                    name));
            System.out.printf("replica %s: loaded the writer's dump and started in %.1f s%n", name, seconds(t));
            Map<String, Long> times = new ConcurrentHashMap<>();
            replica.getBean(LiveStore.class)
                    .onSwap(g -> times.put(g.generation().id(), System.nanoTime()));
            replicas.add(replica);
            served.add(times);
        }

        HttpClient http = HttpClient.newHttpClient();
        System.out.println("| added | triples | writer reload | patch | lag replica a | lag replica b |");
        System.out.println("|---|---|---|---|---|---|");
        for (Path f : added) {
            link(corpus, f, adding);
            t = System.nanoTime();
            HttpResponse<String> reload = http.send(
                    HttpRequest.newBuilder(URI.create(writerUrl + "admin/reload"))
                            .header("Authorization", "Bearer " + TOKEN)
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (reload.statusCode() != 200) throw new IllegalStateException("reload: " + reload.body());
            double build = seconds(t);
            String id = writerStore.current().generation().id();
            long patchBytes =
                    Files.size(writerStore.current().generation().dumpsDir().resolve(DumpFiles.CHANGES.fileName()));
            List<String> lags = new ArrayList<>();
            for (Map<String, Long> times : served) {
                long deadline = System.nanoTime() + 600_000_000_000L;
                while (!times.containsKey(id) && System.nanoTime() < deadline) Thread.sleep(20);
                lags.add(
                        times.containsKey(id)
                                ? String.format("%.2f s", (times.get(id) - published.get(id)) / 1e9)
                                : "not served in 10 min");
            }
            System.out.printf(
                    "| %s | %,d | %.1f s | %,d bytes | %s | %s |%n",
                    corpus.relativize(f), writerStore.size(), build, patchBytes, lags.get(0), lags.get(1));
        }
        for (ConfigurableApplicationContext r : replicas) r.close();
        writer.close();
        kafka.destroy();
    }

    private static void link(Path root, Path file, Path into) throws IOException {
        Files.createSymbolicLink(into.resolve(root.relativize(file).toString().replace('/', '-')), file);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
