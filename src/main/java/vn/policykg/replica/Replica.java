package vn.policykg.replica;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.policykg.store.LiveStore;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.store.StoreLayout;

/**
 * A read replica: follows the change log in order, on a thread of its own, and serves each generation once it is
 * complete. For each record (a generation and the one it follows):
 *
 * <ul>
 *   <li>a generation it serves already, or an older one, is skipped;
 *   <li>one that follows the generation it serves is applied ({@link ReplicaGenerations#apply}) and swapped in;
 *   <li>one that follows another generation means the replica missed some (it started empty, or the topic's
 *       retention dropped them): it starts again from the writer's latest dump, then goes on with the topic.
 * </ul>
 *
 * A record that cannot be applied stops the replica: it keeps serving the last complete generation, reports itself
 * failed (not ready) with the reason, and reads no further until it is restarted. Offsets are committed to Kafka
 * under the replica's group after each record, so a restarted replica goes on where it stopped.
 */
public final class Replica implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Replica.class);
    private static final Duration POLL = Duration.ofMillis(500);

    /** Where a replica is. */
    public enum State {
        STARTING,
        FOLLOWING,
        FAILED,
        STOPPED
    }

    /**
     * What a replica serves and how far behind the change log it is.
     *
     * @param behind records in the topic after the last one this replica has dealt with
     * @param lag how long the oldest generation it has not served yet has been in the topic (zero when none waits)
     * @param lastContact when the replica last heard from Kafka
     * @param problem why it failed, or why it cannot read the log now; null when all is well
     */
    public record Status(
            State state,
            String generation,
            long behind,
            Duration lag,
            Instant lastContact,
            String problem,
            int applied,
            int bootstraps) {

        /**
         * Serving, and no generation it has seen waits longer than {@code maxLag}. Out of touch with Kafka it stays
         * ready ({@link #problem} says so): the writer cannot publish to a log nobody reaches either, and a load
         * balancer left with no ready replica would answer nothing at all.
         */
        public boolean ready(Duration maxLag) {
            return state == State.FOLLOWING && lag.compareTo(maxLag) <= 0;
        }
    }

    private final ChangeLog log;
    private final String group;
    private final ReplicaGenerations generations;
    private final WriterDumps writer;
    private final LiveStore live;
    private final Duration grace;

    private volatile State state = State.STARTING;
    private volatile long behind;
    private volatile Instant waitingSince;
    private volatile Instant lastContact;
    private volatile String problem;
    private volatile int applied;
    private volatile int bootstraps;
    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread thread;

    /**
     * @param name this replica's name, unique among the replicas: its Kafka consumer group is derived from it
     * @param grace how long a swapped-out generation stays open for readers that took it just before the swap
     */
    public Replica(
            ChangeLog log,
            String name,
            ReplicaGenerations generations,
            WriterDumps writer,
            LiveStore live,
            Duration grace) {
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,100}"))
            throw new IllegalArgumentException(
                    "policykg.replication.name: '" + name + "' is not a replica name (letters, digits, . _ -)");
        this.log = log;
        this.group = "policykg-replica-" + name;
        this.generations = generations;
        this.writer = writer;
        this.live = live;
        this.grace = grace;
    }

    /** The replica's store at start: its current generation, or the writer's latest dump when it has none. */
    public static StoreLayout.Generation initial(ReplicaGenerations generations, WriterDumps writer) {
        return generations.layout().current().orElseGet(() -> {
            LOG.info(
                    "Replica store {} is empty: loading the writer's dump {}",
                    generations.layout().root(),
                    writer);
            return generations.bootstrap(writer);
        });
    }

    public synchronized void start() {
        if (thread != null) return;
        running = true;
        thread = Thread.ofPlatform().name("replica-" + group).daemon().start(this::follow);
    }

    public Status status() {
        Instant since = waitingSince;
        OpenedGeneration served = live.current();
        return new Status(
                state,
                served == null ? null : served.generation().id(),
                behind,
                since == null
                        ? Duration.ZERO
                        : Duration.between(since, Instant.now()).abs(),
                lastContact,
                problem,
                applied,
                bootstraps);
    }

    private void follow() {
        TopicPartition tp = log.partition();
        try (KafkaConsumer<String, byte[]> c = log.consumer(group)) {
            consumer = c;
            c.assign(List.of(tp));
            while (running) {
                try {
                    if (state == State.STARTING) {
                        OffsetAndMetadata committed = c.committed(Set.of(tp)).get(tp);
                        if (committed == null) c.seekToBeginning(List.of(tp));
                        else c.seek(tp, committed.offset());
                        state = State.FOLLOWING;
                    }
                    for (ConsumerRecord<String, byte[]> record : c.poll(POLL)) {
                        if (waitingSince == null) waitingSince = Instant.ofEpochMilli(record.timestamp());
                        take(record);
                        c.commitSync(Map.of(tp, new OffsetAndMetadata(record.offset() + 1)));
                        waitingSince = null;
                    }
                    // From the last fetch's high watermark; asked of the broker only before the first fetch.
                    OptionalLong lag = c.currentLag(tp);
                    behind = lag.isPresent()
                            ? lag.getAsLong()
                            : Math.max(0, c.endOffsets(List.of(tp)).get(tp) - c.position(tp));
                    lastContact = Instant.now();
                    problem = null;
                } catch (WakeupException e) {
                    if (running) throw e;
                } catch (KafkaException e) {
                    // The broker may come back; until then the replica serves what it has and its health says why.
                    problem = "Kafka: " + e.getMessage();
                    LOG.warn("Replica {} cannot read the change log: {}", group, e.toString());
                }
            }
            if (state != State.FAILED) state = State.STOPPED;
        } catch (PatchFailure e) {
            problem = e.getMessage();
            state = State.FAILED;
            LOG.error("Replica {} stopped: {}", group, e.getMessage(), e.getCause());
        } catch (RuntimeException | Error e) {
            problem = "Stopped: " + e;
            state = State.FAILED;
            LOG.error("Replica {} stopped", group, e);
        } finally {
            consumer = null;
        }
    }

    /** Deals with one record: skips, applies, or starts again from the dump (see the class's comment). */
    private void take(ConsumerRecord<String, byte[]> record) {
        String id = record.key();
        String previous = ChangeLog.previous(record);
        String served = live.current().generation().id();
        if (id == null)
            throw new PatchFailure("Record " + record.offset() + " of the change log names no generation", null);
        if (id.compareTo(served) <= 0) return;
        if (!Objects.equals(previous, served)) {
            LOG.info(
                    "Replica {} serves {}, but generation {} follows {}: loading the writer's dump",
                    group,
                    served,
                    id,
                    previous);
            StoreLayout.Generation dump = bootstrap();
            bootstraps++;
            served = swapIn(dump);
            if (id.compareTo(served) <= 0) return;
            if (!Objects.equals(previous, served))
                throw new PatchFailure(
                        "Generation " + id + " follows " + previous + ", but the writer's dump is " + served
                                + ": the change log has a gap the dump does not close",
                        null);
        }
        StoreLayout.Generation next;
        try {
            next = generations.apply(record.value(), Instant.ofEpochMilli(record.timestamp()));
        } catch (RuntimeException e) {
            throw new PatchFailure(
                    "The patch of generation " + id + " (offset " + record.offset() + ") does not apply to " + served
                            + ": " + e.getMessage(),
                    e);
        }
        // Counted before it is served: whoever sees the generation served sees it counted (the status, the health).
        applied++;
        swapIn(next);
        LOG.info("Replica {} serves generation {}", group, id);
    }

    private StoreLayout.Generation bootstrap() {
        try {
            return generations.bootstrap(writer);
        } catch (RuntimeException e) {
            throw new PatchFailure("Cannot start again from the writer's dump: " + e.getMessage(), e);
        }
    }

    private String swapIn(StoreLayout.Generation gen) {
        // Closing: the store may be closed already; the generation is published and served at the next start.
        if (running) live.replace(OpenedGeneration.open(gen), grace);
        return gen.id();
    }

    /** Stops following; what is served stays served. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
        }
        KafkaConsumer<String, byte[]> c = consumer;
        if (c != null) c.wakeup();
        if (t != null) {
            try {
                t.join(Duration.ofSeconds(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A record this replica cannot serve: it stops, not ready. */
    private static final class PatchFailure extends RuntimeException {
        PatchFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
