package vn.policykg.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.policykg.SharedCorpus;
import vn.policykg.store.LiveStore;
import vn.policykg.store.QueriesTest;
import vn.policykg.store.StoreLayout;
import vn.policykg.web.ServiceTest;

/**
 * A writer and replicas, each a whole service on loopback, over an embedded Kafka broker (KRaft): documents added
 * on the writer reach every replica through the change log, a stopped replica catches up, a new one starts from the
 * writer's dump and goes on with the log, and a patch that cannot be applied stops a replica as not ready while it
 * keeps serving its last whole generation. The documents added are gazette texts of ../shared/corpus, copied into
 * a temporary corpus folder as a user would drop them there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicationTest {

    private static final String TOPIC = "policykg.generations";
    private static final String TOKEN = "replication-test";
    private static final Duration WAIT = Duration.ofMinutes(3);
    /** Small gazette texts of several kinds, added one per generation. */
    private static final List<String> ADDED = List.of(
            "uu_dai_dt/quyet-dinh-so-2416-qd-bkhdt-43016.txt",
            "thue_tncn/quyet-dinh-so-333-qd-btc-469000.txt",
            "bhxh/nghi-quyet-so-113-nq-cp-469448.txt",
            "hd_kinh_te/nghi-quyet-so-126-nq-cp-469505.txt",
            "hdld/nghi-quyet-so-17-2022-ubtvqh15-36956.txt");

    @TempDir
    static Path tmp;

    private static EmbeddedKafkaKraftBroker kafka;
    private static Path gazette;
    private static Path corpus;
    private static ConfigurableApplicationContext writer;
    private static final Map<String, ConfigurableApplicationContext> replicas = new HashMap<>();
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        gazette = SharedCorpus.require("gazette");
        Services.quietKafka();
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        writer = Services.start(Map.of(
                "policykg.store-dir", tmp.resolve("writer").toString(),
                "policykg.corpus-dirs", corpus.toString(),
                "policykg.reload.token", TOKEN,
                "policykg.replication.kafka", kafka.getBrokersAsString()));
        startReplica("a");
        startReplica("b");
    }

    @AfterAll
    static void stop() {
        replicas.values().forEach(ConfigurableApplicationContext::close);
        if (writer != null) writer.close();
        if (kafka != null) kafka.destroy();
    }

    @Test
    @Order(1)
    void aDocumentAddedOnTheWriterIsServedByBothReplicas() {
        long before = store(writer).size();
        assertThat(generation("a")).isEqualTo(generation(writer));
        String added = add(0);
        assertThat(store(writer).size()).isGreaterThan(before);
        awaitServing(added, "a", "b");
        assertSameAsWriter("a", "b");
        assertThat(status("a").applied()).isEqualTo(1);
        assertThat(status("b").bootstraps()).isZero();
    }

    @Test
    @Order(2)
    void aStoppedReplicaCatchesUpAndANewOneStartsFromTheDumpThenTheLog() {
        replicas.remove("b").close();
        String third = add(1);
        awaitServing(third, "a");
        startReplica("c");
        assertThat(generation("c")).as("c loaded the writer's dump").isEqualTo(third);
        String fourth = add(2);
        awaitServing(fourth, "a", "c");
        assertThat(status("c").applied())
                .as("c applied the fourth generation from the log")
                .isEqualTo(1);

        startReplica("b");
        awaitServing(fourth, "b");
        assertThat(status("b").applied()).as("b applied the two it missed").isEqualTo(2);
        assertThat(status("b").bootstraps()).isZero();
        assertSameAsWriter("a", "b", "c");
        await(() -> status("b").behind() == 0, "b has read the whole topic");
        HttpResponse<String> health = health("b");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode replication = JsonMapper.builder()
                .build()
                .readTree(health.body())
                .path("components")
                .path("replication");
        assertThat(replication.path("status").asString()).isEqualTo("UP");
        assertThat(replication.path("details").path("generation").asString()).isEqualTo(fourth);
        assertThat(replication.path("details").path("behind").asLong()).isZero();
        assertThat(replication.path("details").path("applied").asInt()).isEqualTo(2);
    }

    @Test
    @Order(3)
    void aReplicaBehindTheTopicsRetentionStartsAgainFromTheDump() {
        replicas.remove("c").close();
        add(3);
        String sixth = add(4);
        // As retention would: the fifth generation's record goes, the sixth's stays.
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.getBrokersAsString()))) {
            long end = admin.listOffsets(Map.of(partition, OffsetSpec.latest()))
                    .partitionResult(partition)
                    .get()
                    .offset();
            admin.deleteRecords(Map.of(partition, RecordsToDelete.beforeOffset(end - 1)))
                    .all()
                    .get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot delete the topic's records", e);
        }
        awaitServing(sixth, "a", "b");
        startReplica("c");
        awaitServing(sixth, "c");
        assertThat(status("c").bootstraps()).as("c loaded the dump again").isEqualTo(1);
        assertThat(status("c").applied()).isZero();
        assertSameAsWriter("a", "b", "c");
    }

    @Test
    @Order(4)
    void aPatchThatFailsStopsTheReplicaNotReadyWithoutServingHalfOfIt() throws IOException {
        String served = generation(writer);
        long triples = store(writer).size();
        String broken = served + "-broken";
        StringBuilder patch = new StringBuilder()
                .append("H id <urn:policykg:generation:")
                .append(broken)
                .append("> .\n")
                .append("H prev <urn:policykg:generation:")
                .append(served)
                .append("> .\n")
                .append("TX .\n");
        for (int i = 0; i < 100; i++) patch.append("A <urn:test:s").append(i).append("> <urn:test:p> \"added\" .\n");
        patch.append("TA .\n");
        publish(broken, served, gzip(patch.toString()));

        for (String name : List.of("a", "b", "c")) {
            await(() -> status(name).state() == Replica.State.FAILED, name + " stops");
            assertThat(status(name).problem()).contains(broken).contains("abort");
            assertThat(generation(name)).isEqualTo(served);
            assertThat(store(replicas.get(name)).size()).isEqualTo(triples);
            assertThat(Files.exists(layout(name).root().resolve("generations").resolve(broken)))
                    .as("nothing of the broken generation is left in " + name)
                    .isFalse();
            HttpResponse<String> health = health(name);
            assertThat(health.statusCode()).isEqualTo(503);
            JsonNode replication = JsonMapper.builder()
                    .build()
                    .readTree(health.body())
                    .path("components")
                    .path("replication");
            assertThat(replication.path("status").asString()).isEqualTo("DOWN");
            assertThat(replication.path("details").path("state").asString()).isEqualTo("FAILED");
            assertThat(replication.path("details").path("problem").asString()).contains(broken);
        }
        // Still answering what it served before.
        assertSameAsWriter("a");
    }

    // --- the services

    private static void startReplica(String name) {
        replicas.put(
                name,
                Services.start(Map.of(
                        "policykg.store-dir",
                        tmp.resolve("replica-" + name).toString(),
                        "policykg.replication.kafka",
                        kafka.getBrokersAsString(),
                        "policykg.replication.writer-url",
                        "http://localhost:" + Services.port(writer) + "/",
                        "policykg.replication.name",
                        name)));
    }

    private static LiveStore store(ConfigurableApplicationContext service) {
        return service.getBean(LiveStore.class);
    }

    private static StoreLayout layout(String replica) {
        return new StoreLayout(tmp.resolve("replica-" + replica));
    }

    private static String generation(ConfigurableApplicationContext service) {
        return store(service).current().generation().id();
    }

    private static String generation(String replica) {
        return generation(replicas.get(replica));
    }

    private static Replica.Status status(String replica) {
        return replicas.get(replica).getBean(Replica.class).status();
    }

    /** Copies the n-th document into the writer's corpus folder and reloads; the new generation's id. */
    private static String add(int n) {
        Path source = gazette.resolve(ADDED.get(n));
        try {
            Files.copy(source, corpus.resolve(source.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpResponse<String> reload = ServiceTest.send(
                http,
                HttpRequest.newBuilder(URI.create("http://localhost:" + Services.port(writer) + "/admin/reload"))
                        .header("Authorization", "Bearer " + TOKEN)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
        assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);
        return generation(writer);
    }

    private static HttpResponse<String> health(String replica) {
        return ServiceTest.send(
                http,
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + Services.port(replicas.get(replica)) + "/actuator/health"))
                        .GET()
                        .build());
    }

    private static void awaitServing(String generation, String... names) {
        for (String name : names) await(() -> generation.equals(generation(name)), name + " serves " + generation);
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("Waited " + WAIT + " for: " + what);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted waiting for: " + what);
            }
        }
    }

    /** Same generation, same triple count and the same answer to every query of queries/ as the writer. */
    private static void assertSameAsWriter(String... names) {
        List<Path> queries;
        try {
            queries = QueriesTest.queries();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String name : names) {
            ConfigurableApplicationContext replica = replicas.get(name);
            assertThat(generation(replica)).isEqualTo(generation(writer));
            assertThat(store(replica).size())
                    .as("triples in " + name)
                    .isEqualTo(store(writer).size());
            List<String> differing = new ArrayList<>();
            int rows = 0;
            for (Path query : queries) {
                String text = read(query);
                List<String> expected = sorted(QueriesTest.answer(store(writer).dataset(), text));
                if (!sorted(QueriesTest.answer(store(replica).dataset(), text)).equals(expected))
                    differing.add(query.getFileName().toString());
                rows += expected.size() - 1;
            }
            assertThat(differing).as("queries answered otherwise by " + name).isEmpty();
            assertThat(rows).as("rows of the whole suite").isGreaterThan(500);
        }
    }

    private static List<String> sorted(List<String> rows) {
        return rows.stream().sorted().toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** A record as the writer publishes one (the writer's producer settings), sent straight to the topic. */
    private static void publish(String id, String previous, byte[] patch) {
        ChangeLog log = new ChangeLog(kafka.getBrokersAsString(), TOPIC, 1 << 20);
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(log.producerProperties(), new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, 0, id, patch);
            record.headers().add(ChangeLog.PREVIOUS_HEADER, previous.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot publish the test's record", e);
        }
    }
}
