package vn.policykg.store;

import java.util.function.Function;

/** A value computed once from the generation being served, recomputed when another one is swapped in. */
public final class GenerationMemo<T> {

    private record Cached<T>(OpenedGeneration generation, T value) {}

    private final LiveStore store;
    private final Function<OpenedGeneration, T> compute;
    private volatile Cached<T> cached;

    public GenerationMemo(LiveStore store, Function<OpenedGeneration, T> compute) {
        this.store = store;
        this.compute = compute;
    }

    public T get() {
        OpenedGeneration gen = store.current();
        Cached<T> c = cached;
        if (c != null && c.generation() == gen) return c.value();
        synchronized (this) {
            if (cached == null || cached.generation() != gen) cached = new Cached<>(gen, compute.apply(gen));
            return cached.value();
        }
    }
}
