package vn.policykg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Both steps run at once, both end before the call returns, and a failure of either reaches the caller. */
class ConcurrentlyTest {

    @Test
    void bothStepsRunAtOnceAndBothHaveEndedWhenItReturns() {
        CountDownLatch bothStarted = new CountDownLatch(2);
        AtomicBoolean asideEnded = new AtomicBoolean();
        String result = Concurrently.run(
                () -> {
                    bothStarted.countDown();
                    await(bothStarted);
                    asideEnded.set(true);
                },
                () -> {
                    bothStarted.countDown();
                    await(bothStarted);
                    return "here";
                });
        assertThat(result).isEqualTo("here");
        assertThat(asideEnded).isTrue();
    }

    @Test
    void aFailureAsideIsThrownAfterHereHasEnded() {
        AtomicBoolean hereEnded = new AtomicBoolean();
        assertThatThrownBy(() -> Concurrently.run(
                        () -> {
                            throw new UncheckedIOException(new IOException("disk full writing the dumps"));
                        },
                        () -> {
                            hereEnded.set(true);
                            return 1;
                        }))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("disk full writing the dumps");
        assertThat(hereEnded).isTrue();
    }

    @Test
    void aFailureHereWaitsForTheStepAsideAndKeepsItsFailureAsSuppressed() {
        AtomicBoolean asideEnded = new AtomicBoolean();
        assertThatThrownBy(() -> Concurrently.run(
                        () -> {
                            sleep(200);
                            asideEnded.set(true);
                            throw new IllegalStateException("the dumps failed too");
                        },
                        () -> {
                            throw new IllegalStateException("the index failed");
                        }))
                .hasMessage("the index failed")
                .satisfies(e -> assertThat(e.getSuppressed())
                        .singleElement()
                        .extracting(Throwable::getMessage)
                        .isEqualTo("the dumps failed too"));
        assertThat(asideEnded).as("returned only after the step aside ended").isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS))
                    .as("the other step started")
                    .isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
