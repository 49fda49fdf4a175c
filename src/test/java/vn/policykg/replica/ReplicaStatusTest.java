package vn.policykg.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a replica is ready for traffic: following, and no generation waiting longer than the bound. */
class ReplicaStatusTest {

    private static final Duration BOUND = Duration.ofMinutes(5);
    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

    private static Replica.Status status(Replica.State state, Duration lag, Instant lastContact, String problem) {
        return new Replica.Status(state, "20261204-085900-000-1", 1, lag, lastContact, problem, 3, 0);
    }

    @Test
    void aReplicaFollowingCloselyIsReady() {
        assertThat(status(Replica.State.FOLLOWING, Duration.ofSeconds(4), NOW, null)
                        .ready(BOUND))
                .isTrue();
        assertThat(status(Replica.State.FOLLOWING, BOUND, NOW, null).ready(BOUND))
                .as("at the bound exactly")
                .isTrue();
    }

    @Test
    void aReplicaBehindTheBoundIsNotReady() {
        assertThat(status(Replica.State.FOLLOWING, BOUND.plusSeconds(1), NOW, null)
                        .ready(BOUND))
                .isFalse();
    }

    @Test
    void aReplicaOutOfTouchWithKafkaStaysReadyAndSaysSo() {
        Replica.Status status =
                status(Replica.State.FOLLOWING, Duration.ZERO, NOW.minus(Duration.ofHours(1)), "Kafka: timed out");
        assertThat(status.ready(BOUND)).isTrue();
        assertThat(status.problem()).contains("Kafka");
    }

    @Test
    void aReplicaThatFailedOrHasNotStartedIsNotReady() {
        for (Replica.State state : Replica.State.values())
            assertThat(status(state, Duration.ZERO, NOW, null).ready(BOUND))
                    .as(state.name())
                    .isEqualTo(state == Replica.State.FOLLOWING);
    }
}
