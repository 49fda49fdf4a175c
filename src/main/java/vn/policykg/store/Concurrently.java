package vn.policykg.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Two steps of writing a generation that read the same finished graph and write different files (the text index,
 * the dumps), run at once: on a machine with cores to spare a generation is ready sooner.
 */
public final class Concurrently {

    private Concurrently() {}

    /**
     * Runs {@code aside} on a thread of its own while this thread computes {@code here}, and returns only when both
     * have ended, so nothing is still writing when a caller discards a failed generation. A failure of either is
     * thrown (the other's, if any, added as suppressed).
     */
    public static <T> T run(Runnable aside, Supplier<T> here) {
        CompletableFuture<Void> other = CompletableFuture.runAsync(
                aside, task -> Thread.ofPlatform().name("generation-aside").start(task));
        T result = null;
        Throwable failure = null;
        try {
            result = here.get();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        try {
            other.join();
        } catch (CompletionException e) {
            if (failure == null) failure = e.getCause();
            else failure.addSuppressed(e.getCause());
        }
        if (failure instanceof RuntimeException re) throw re;
        if (failure instanceof Error err) throw err;
        if (failure != null) throw new IllegalStateException(failure);
        return result;
    }
}
