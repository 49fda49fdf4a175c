package vn.policykg.replica;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.rdfpatch.PatchHeader;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.policykg.store.DumpFiles;
import vn.policykg.store.GenerationPatch;
import vn.policykg.store.StoreLayout;

/**
 * The writer's side of the change log: publishes each generation it serves, as the patch its build wrote
 * ({@link DumpFiles#CHANGES}), and waits until the broker has it. A generation the topic already holds, or one
 * older than the topic's newest (a writer restarted on its old store), is not published again.
 */
public final class ChangeLogPublisher implements AutoCloseable {

    private static final Duration SEND_TIMEOUT = Duration.ofMinutes(2);

    private final ChangeLog log;
    private final KafkaProducer<String, byte[]> producer;
    private volatile String newest;

    public ChangeLogPublisher(ChangeLog log) {
        this.log = log;
        log.ensureTopic();
        this.newest = log.newestGeneration();
        this.producer =
                new KafkaProducer<>(log.producerProperties(), new StringSerializer(), new ByteArraySerializer());
    }

    /** The newest generation the topic holds, or null. */
    public String newestPublished() {
        return newest;
    }

    /** Publishes {@code gen}'s patch; false when the topic already holds it or a newer generation. */
    public synchronized boolean publish(StoreLayout.Generation gen) {
        if (newest != null && newest.compareTo(gen.id()) >= 0) return false;
        byte[] patch;
        try {
            patch = Files.readAllBytes(gen.dumpsDir().resolve(DumpFiles.CHANGES.fileName()));
        } catch (IOException e) {
            throw new UncheckedIOException("Generation " + gen.id() + " has no patch to publish", e);
        }
        PatchHeader header = GenerationPatch.header(patch);
        String id = GenerationPatch.generationId(header.getId());
        if (!gen.id().equals(id))
            throw new IllegalStateException(
                    "The patch in " + gen.dumpsDir() + " is the step to " + id + ", not " + gen.id());
        if (patch.length > log.maxRecordBytes())
            throw new IllegalStateException("The patch of generation " + id + " is " + patch.length
                    + " bytes, more than policykg.replication.max-record-bytes (" + log.maxRecordBytes()
                    + "); replicas will start again from the dump");
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(log.topic(), log.partition().partition(), id, patch);
        String previous = GenerationPatch.generationId(header.getPrevious());
        if (previous != null)
            record.headers().add(ChangeLog.PREVIOUS_HEADER, previous.getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing generation " + id, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "Cannot publish generation " + id + " to the Kafka topic " + log.topic() + ": " + e, e);
        }
        newest = id;
        return true;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
