package vn.policykg.build;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Progress of a long build step, told every few seconds to a sink (the console or the log). */
final class Progress {

    private static final long EVERY_NANOS = 5_000_000_000L;

    private final Consumer<String> sink;
    private final AtomicInteger done = new AtomicInteger();
    private volatile String step = "";
    private volatile int total;
    private volatile long lastTold;

    Progress(Consumer<String> sink) {
        this.sink = sink;
    }

    static Progress silent() {
        return new Progress(s -> {});
    }

    void start(String step, int total) {
        this.step = step;
        this.total = total;
        done.set(0);
        lastTold = System.nanoTime();
        sink.accept(step + ": " + total + " files");
    }

    void step() {
        int n = done.incrementAndGet();
        long now = System.nanoTime();
        if (now - lastTold >= EVERY_NANOS || n == total) {
            lastTold = now;
            sink.accept(step + ": " + n + "/" + total);
        }
    }
}
