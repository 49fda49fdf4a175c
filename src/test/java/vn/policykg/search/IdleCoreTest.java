package vn.policykg.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Work offered to an idle core runs once: on a helper if one took it, else on the thread that needs it. */
class IdleCoreTest {

    @Test
    void withoutAPoolTheWorkRunsWhereItIsNeeded() throws IOException {
        assertThat(IdleCore.NONE.offer(() -> Thread.currentThread().getName()).join())
                .isEqualTo(Thread.currentThread().getName());
    }

    @Test
    void anIdleHelperRunsIt() throws Exception {
        IdleCore core = new IdleCore(1);
        try {
            CountDownLatch started = new CountDownLatch(1);
            IdleCore.Offered<String> offered = core.offer(() -> {
                started.countDown();
                return Thread.currentThread().getName();
            });
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(offered.join()).startsWith("search-help-");
        } finally {
            core.close();
        }
    }

    @Test
    void aBusyHelperLeavesTheWorkToTheSearchAndDropsItLater() throws Exception {
        IdleCore core = new IdleCore(1);
        try {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch busy = new CountDownLatch(1);
            IdleCore.Offered<Void> blocking = core.offer(() -> {
                busy.countDown();
                release.await();
                return null;
            });
            assertThat(busy.await(30, TimeUnit.SECONDS)).isTrue();
            AtomicInteger runs = new AtomicInteger();
            IdleCore.Offered<String> offered = core.offer(() -> {
                runs.incrementAndGet();
                return Thread.currentThread().getName();
            });
            assertThat(offered.join()).isEqualTo(Thread.currentThread().getName());
            release.countDown();
            blocking.join();
            // The helper takes work in the order offered: once it reaches the next, it has found this one done.
            CountDownLatch reached = new CountDownLatch(1);
            core.offer(() -> {
                reached.countDown();
                return null;
            });
            assertThat(reached.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(runs).hasValue(1);
        } finally {
            core.close();
        }
    }

    @Test
    void theWorksFailureReachesTheSearch() {
        for (IdleCore core : new IdleCore[] {IdleCore.NONE, new IdleCore(1)}) {
            assertThatThrownBy(() -> core.offer(() -> {
                                throw new IOException("segment unreadable");
                            })
                            .join())
                    .isInstanceOf(IOException.class)
                    .hasMessage("segment unreadable");
            assertThatThrownBy(() -> core.offer(() -> {
                                throw new IllegalStateException("bad state");
                            })
                            .join())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("bad state");
            core.close();
        }
    }
}
