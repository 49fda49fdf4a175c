package vn.policykg.replica;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.policykg.store.LiveStore;
import vn.policykg.store.StoreLayout;
import vn.policykg.web.ReplicationProperties;

/** Settings a writer or replica cannot run with are refused at start, naming the property and the value. */
class ReplicationSettingsTest {

    @Test
    void aReplicaWithoutKafkaIsRefused() {
        ReplicationProperties props = new ReplicationProperties(
                "", "policykg.generations", "http://writer:8080/", "r1", Duration.ofMinutes(5), 1 << 20);
        assertThatThrownBy(props::changeLog)
                .hasMessageContaining("policykg.replication.kafka")
                .hasMessageContaining("no Kafka bootstrap servers");
    }

    @Test
    void aTopicNameKafkaWouldRefuseIsRefused() {
        assertThatThrownBy(() -> new ChangeLog("localhost:9092", "policy kg/generations", 1 << 20))
                .hasMessageContaining("policykg.replication.topic")
                .hasMessageContaining("'policy kg/generations'");
    }

    @Test
    void aWriterAddressThatIsNotHttpIsRefused() {
        assertThatThrownBy(() -> new WriterDumps(URI.create("writer:8080")))
                .hasMessageContaining("policykg.replication.writer-url")
                .hasMessageContaining("'writer:8080'");
        ReplicationProperties props = new ReplicationProperties(
                "localhost:9092", "policykg.generations", "http://wri ter/", "r1", Duration.ofMinutes(5), 1 << 20);
        assertThatThrownBy(props::writer).hasMessageContaining("policykg.replication.writer-url");
    }

    @Test
    void aReplicaNameThatCannotBeAConsumerGroupIsRefused(@TempDir Path store) {
        ChangeLog log = new ChangeLog("localhost:9092", "policykg.generations", 1 << 20);
        ReplicaGenerations generations = new ReplicaGenerations(new StoreLayout(store));
        WriterDumps writer = new WriterDumps(URI.create("http://writer:8080/"));
        try (LiveStore live = new LiveStore()) {
            for (String name : new String[] {"", "r 1", "r/1"})
                assertThatThrownBy(() -> new Replica(log, name, generations, writer, live, Duration.ofSeconds(1)))
                        .as("'%s'", name)
                        .hasMessageContaining("policykg.replication.name")
                        .hasMessageContaining("'" + name + "'");
        }
    }
}
