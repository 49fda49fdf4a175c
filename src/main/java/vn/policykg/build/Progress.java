package vn.policykg.build;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Progress of a build: each long step's count told every few seconds to a sink (the console or the log),
 * and how long each phase took, for the report.
 */
final class Progress {

    private static final long EVERY_NANOS = 5_000_000_000L;

    private final Consumer<String> sink;
    private final AtomicInteger done = new AtomicInteger();
    private volatile String step = "";
    private volatile int total;
    private volatile long lastTold;
    private final Map<String, Long> phaseNanos = new LinkedHashMap<>();
    private String phase;
    private long phaseStart;

    Progress(Consumer<String> sink) {
        this.sink = sink;
    }

    static Progress silent() {
        return new Progress(s -> {});
    }

    /** Starts a phase of the build; the previous one ends. */
    synchronized void phase(String name) {
        endPhase();
        phase = name;
        phaseStart = System.nanoTime();
        sink.accept(name);
    }

    /** "reading and parsing 95.1 s, extracting facts 40.2 s, …": every phase so far. */
    synchronized String timings() {
        endPhase();
        StringBuilder out = new StringBuilder();
        phaseNanos.forEach((name, nanos) -> out.append(out.isEmpty() ? "" : ", ")
                .append(name)
                .append(String.format(Locale.ROOT, " %.1f s", nanos / 1e9)));
        return out.toString();
    }

    private void endPhase() {
        if (phase != null) phaseNanos.merge(phase, System.nanoTime() - phaseStart, Long::sum);
        phase = null;
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
