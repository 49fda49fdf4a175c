package vn.policykg.search;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Another core's help for one search, taken only when that core is idle. Work is offered to a small pool; the
 * search that offered it runs it itself when it needs the result and no pool thread has started it yet. One search
 * at a time thus has the machine's cores; under load, with every core busy, each search does its own work as
 * before and waits on no queue (a pool thread that later reaches the work finds it done and drops it).
 */
final class IdleCore {

    /** The service's helpers: one thread fewer than the cores, since the searching thread has one. */
    static final IdleCore SHARED = new IdleCore(Runtime.getRuntime().availableProcessors() - 1);

    /** No pool: whoever offers work runs it when it needs the result. */
    static final IdleCore NONE = new IdleCore(0);

    private final ExecutorService pool;

    IdleCore(int threads) {
        if (threads < 1) {
            pool = null;
            return;
        }
        AtomicInteger made = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), work -> {
            Thread t = new Thread(work, "search-help-" + made.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Stops the helpers once the work offered is done (the shared ones live as long as the service). */
    void close() {
        if (pool != null) pool.shutdown();
    }

    /** {@code work}, offered to an idle core. */
    <T> Offered<T> offer(Callable<T> work) {
        Offered<T> offered = new Offered<>(new FutureTask<>(work));
        if (pool != null) pool.execute(offered.task);
        return offered;
    }

    /** Work offered to an idle core: its result, from whichever thread ran it. */
    static final class Offered<T> {
        private final FutureTask<T> task;

        private Offered(FutureTask<T> task) {
            this.task = task;
        }

        /** The result: the work is run here unless a helper has started it (a task runs once), then waited for. */
        T join() throws IOException {
            task.run();
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while a helper searched", e);
            } catch (ExecutionException e) {
                switch (e.getCause()) {
                    case IOException io -> throw io;
                    case RuntimeException r -> throw r;
                    case Error err -> throw err;
                    default -> throw new IllegalStateException(e.getCause());
                }
            }
        }
    }
}
