package vn.policykg.web;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.policykg.replica.ChangeLog;

/**
 * {@code policykg.replication.*}: running as a writer or as a read replica (README, "Running on several
 * machines"). With {@code kafka} set and no {@code writer-url}, the service is the writer and publishes each
 * generation to {@code topic}; with {@code writer-url} set, it is a replica that follows the topic and never
 * builds. With neither, it runs alone, as on one machine.
 *
 * @param kafka Kafka's bootstrap servers ({@code host:port,…})
 * @param topic the change log's topic
 * @param writerUrl the writer's base address, from which a replica downloads the dump it starts from
 * @param name a replica's name, unique among replicas (its Kafka consumer group)
 * @param maxLag a replica where a generation has waited longer than this is not ready
 * @param maxRecordBytes the largest patch published; a larger step reaches replicas as a new start from the dump
 */
@ConfigurationProperties(prefix = "policykg.replication")
public record ReplicationProperties(
        @DefaultValue("") String kafka,
        @DefaultValue("policykg.generations") String topic,
        @DefaultValue("") String writerUrl,
        @DefaultValue("") String name,
        @DefaultValue("5m") Duration maxLag,
        @DefaultValue("67108864") int maxRecordBytes) {

    /** Spring's condition for the writer's beans. */
    public static final String WRITER =
            "'${policykg.replication.kafka:}' != '' && '${policykg.replication.writer-url:}' == ''";
    /** Spring's condition for what both roles have. */
    public static final String ON =
            "'${policykg.replication.kafka:}' != '' || '${policykg.replication.writer-url:}' != ''";
    /** Spring's condition for a replica's beans. */
    public static final String REPLICA = "'${policykg.replication.writer-url:}' != ''";

    public boolean replica() {
        return !writerUrl.isBlank();
    }

    public URI writer() {
        try {
            return URI.create(writerUrl.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "policykg.replication.writer-url: '" + writerUrl + "' is not an address: " + e.getMessage(), e);
        }
    }

    public ChangeLog changeLog() {
        return new ChangeLog(kafka, topic, maxRecordBytes);
    }
}
