package vn.policykg.web.sparql;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket of query milliseconds per client: a client may start a query while its bucket holds
 * time, each query is charged what it really took, and the bucket refills at a fixed rate up to its
 * capacity. So a crawler that keeps the engine busy is slowed down while everyone else is served.
 * IPv6 clients are counted by their /64 network, since one host can hold a whole /64.
 */
final class QueryTimeBudget {

    /** Whether a query may start now, and if not, after how many seconds it may. */
    record Decision(boolean allowed, long retryAfterSeconds) {}

    private static final class Bucket {
        double millis;
        long updatedNanos;

        Bucket(double millis, long now) {
            this.millis = millis;
            this.updatedNanos = now;
        }
    }

    /** Buckets full again are forgotten once the map has grown past this. */
    private static final int SWEEP_ABOVE = 10_000;

    private final double capacityMillis;
    private final double refillPerNano;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    QueryTimeBudget(Duration capacity, Duration refillPerSecond, LongSupplier nanoClock) {
        this.capacityMillis = capacity.toMillis();
        this.refillPerNano = refillPerSecond.toMillis() / 1e9;
        this.nanoClock = nanoClock;
    }

    Decision tryStart(String client) {
        long now = nanoClock.getAsLong();
        Bucket b = buckets.computeIfAbsent(key(client), k -> new Bucket(capacityMillis, now));
        synchronized (b) {
            refill(b, now);
            if (b.millis > 0) return new Decision(true, 0);
            long seconds = (long) Math.ceil((1 - b.millis) / refillPerNano / 1e9);
            return new Decision(false, Math.max(1, seconds));
        }
    }

    void charge(String client, long millis) {
        long now = nanoClock.getAsLong();
        Bucket b = buckets.computeIfAbsent(key(client), k -> new Bucket(capacityMillis, now));
        synchronized (b) {
            refill(b, now);
            b.millis -= millis;
        }
        if (buckets.size() > SWEEP_ABOVE) sweep(now);
    }

    private void refill(Bucket b, long now) {
        b.millis = Math.min(capacityMillis, b.millis + (now - b.updatedNanos) * refillPerNano);
        b.updatedNanos = now;
    }

    private void sweep(long now) {
        buckets.values().removeIf(b -> {
            synchronized (b) {
                refill(b, now);
                return b.millis >= capacityMillis;
            }
        });
    }

    /** The address as given by the servlet container; an IPv6 address reduced to its /64. */
    static String key(String address) {
        if (address == null || address.indexOf(':') < 0) return String.valueOf(address);
        try {
            // A literal with ':' is parsed, never looked up.
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) return address;
            StringBuilder sb = new StringBuilder("v6:");
            for (int i = 0; i < 8; i++) sb.append(String.format("%02x", bytes[i]));
            return sb.toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
