package vn.policykg.replica;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a replica is ready for traffic: following, not lagging beyond the bound, and in touch with Kafka. */
class ReplicaStatusTest {

    private static final Duration BOUND = Duration.ofMinutes(5);
    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");

    private static Replica.Status status(Replica.State state, Duration lag, Instant lastContact) {
        return new Replica.Status(state, "20261204-085900-000-1", 0, lag, lastContact, null, 3, 0);
    }

    @Test
    void aReplicaFollowingCloselyIsReady() {
        assertThat(status(Replica.State.FOLLOWING, Duration.ofSeconds(4), NOW.minusSeconds(1))
                        .ready(BOUND, NOW))
                .isTrue();
        assertThat(status(Replica.State.FOLLOWING, BOUND, NOW.minus(BOUND)).ready(BOUND, NOW))
                .as("at the bound exactly")
                .isTrue();
    }

    @Test
    void aReplicaBehindTheBoundIsNotReady() {
        assertThat(status(Replica.State.FOLLOWING, BOUND.plusSeconds(1), NOW).ready(BOUND, NOW))
                .isFalse();
    }

    @Test
    void aReplicaOutOfTouchWithKafkaLongerThanTheBoundIsNotReady() {
        assertThat(status(
                                Replica.State.FOLLOWING,
                                Duration.ZERO,
                                NOW.minus(BOUND).minusSeconds(1))
                        .ready(BOUND, NOW))
                .isFalse();
        assertThat(status(Replica.State.FOLLOWING, Duration.ZERO, null).ready(BOUND, NOW))
                .as("never heard from Kafka")
                .isFalse();
    }

    @Test
    void aReplicaThatFailedOrHasNotStartedIsNotReady() {
        for (Replica.State state :
                new Replica.State[] {Replica.State.FAILED, Replica.State.STARTING, Replica.State.STOPPED})
            assertThat(status(state, Duration.ZERO, NOW).ready(BOUND, NOW))
                    .as(state.name())
                    .isFalse();
    }
}
