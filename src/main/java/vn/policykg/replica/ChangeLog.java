package vn.policykg.replica;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The Kafka topic of store generations: one record per generation, its id as the key, the gzipped RDF Patch from
 * the previous generation as the value and that previous id in the {@value #PREVIOUS_HEADER} header. One
 * partition, so that every replica reads the generations in the order they were built.
 *
 * @param bootstrapServers Kafka's {@code bootstrap.servers}
 * @param topic the topic's name
 * @param maxRecordBytes the largest patch the topic takes (the first generation's patch is the whole graph)
 */
public record ChangeLog(String bootstrapServers, String topic, int maxRecordBytes) {

    /** The record header holding the id of the generation a patch follows; absent for a first generation. */
    public static final String PREVIOUS_HEADER = "previous";

    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
    /** Room for a record's key, headers and framing beyond its patch. */
    private static final int RECORD_OVERHEAD = 64 * 1024;

    public ChangeLog {
        if (bootstrapServers == null || bootstrapServers.isBlank())
            throw new IllegalArgumentException("policykg.replication.kafka: no Kafka bootstrap servers given");
        if (topic == null || !topic.matches("[A-Za-z0-9._-]{1,249}"))
            throw new IllegalArgumentException("policykg.replication.topic: '" + topic + "' is not a Kafka topic name");
    }

    /** The topic's one partition. */
    public TopicPartition partition() {
        return new TopicPartition(topic, 0);
    }

    Properties producerProperties() {
        Properties p = common();
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(maxRecordBytes + RECORD_OVERHEAD));
        // The producer's buffer (32 MiB by default) must hold the largest record whole.
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Long.toString(Math.max(32L << 20, 2L * maxRecordBytes)));
        return p;
    }

    /** A consumer that commits its offsets itself, under {@code group}, and reads one generation per poll. */
    KafkaConsumer<String, byte[]> consumer(String group) {
        Properties p = common();
        p.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(maxRecordBytes + RECORD_OVERHEAD));
        return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private Properties common() {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers);
        return p;
    }

    /**
     * Creates the topic if it is missing (one partition, records up to {@link #maxRecordBytes}, kept until deleted
     * by the operator's retention settings); refuses a topic that exists with more than one partition.
     */
    public void ensureTopic() {
        try (Admin admin = Admin.create(common())) {
            try {
                admin.createTopics(List.of(new NewTopic(topic, Optional.of(1), Optional.empty())
                                .configs(Map.of(
                                        TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(maxRecordBytes)))))
                        .all()
                        .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) throw e;
            }
            TopicDescription described = admin.describeTopics(List.of(topic))
                    .allTopicNames()
                    .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .get(topic);
            if (described.partitions().size() != 1)
                throw new IllegalStateException("The Kafka topic " + topic + " has "
                        + described.partitions().size()
                        + " partitions; the change log needs exactly one, so that generations keep their order");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking the Kafka topic " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "Cannot create or check the Kafka topic " + topic + " at " + bootstrapServers + ": " + e, e);
        }
    }

    /** The id of the newest generation in the topic, or null when it holds none. */
    String newestGeneration() {
        try (KafkaConsumer<String, byte[]> consumer = consumer("policykg-writer-" + topic)) {
            TopicPartition tp = partition();
            consumer.assign(List.of(tp));
            long end = consumer.endOffsets(List.of(tp)).get(tp);
            long start = consumer.beginningOffsets(List.of(tp)).get(tp);
            if (end <= start) return null;
            consumer.seek(tp, end - 1);
            long deadline = System.nanoTime() + ADMIN_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline)
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) return r.key();
            throw new IllegalStateException("Cannot read the newest record of the Kafka topic " + topic);
        }
    }

    /** The previous generation a record names, or null. */
    static String previous(ConsumerRecord<String, byte[]> record) {
        Header h = record.headers().lastHeader(PREVIOUS_HEADER);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
