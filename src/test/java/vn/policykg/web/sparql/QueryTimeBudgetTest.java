package vn.policykg.web.sparql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class QueryTimeBudgetTest {

    private final AtomicLong nanos = new AtomicLong();
    private final QueryTimeBudget budget =
            new QueryTimeBudget(Duration.ofSeconds(3), Duration.ofMillis(500), nanos::get);

    private void elapse(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Test
    void aClientThatSpentItsBudgetWaitsUntilItRefillsWhileAnotherIsServed() {
        assertThat(budget.tryStart("192.0.2.1").allowed()).isTrue();
        budget.charge("192.0.2.1", 4_000);
        QueryTimeBudget.Decision refused = budget.tryStart("192.0.2.1");
        assertThat(refused.allowed()).isFalse();
        // 1,000 ms in debt at 500 ms per second: back at zero after 2 s, above it just after.
        assertThat(refused.retryAfterSeconds()).isEqualTo(3);
        assertThat(budget.tryStart("192.0.2.2").allowed()).isTrue();

        elapse(Duration.ofMillis(1_900));
        assertThat(budget.tryStart("192.0.2.1").allowed()).isFalse();
        elapse(Duration.ofMillis(200));
        assertThat(budget.tryStart("192.0.2.1").allowed()).isTrue();
    }

    @Test
    void refillNeverExceedsTheCapacity() {
        elapse(Duration.ofHours(1));
        budget.charge("192.0.2.3", 3_000);
        assertThat(budget.tryStart("192.0.2.3").allowed()).isFalse();
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64() {
        assertThat(QueryTimeBudget.key("2001:db8:1:2:aaaa::1"))
                .isEqualTo(QueryTimeBudget.key("2001:db8:1:2:bbbb::7"))
                .isNotEqualTo(QueryTimeBudget.key("2001:db8:1:3::1"));
        budget.charge("2001:db8:1:2:aaaa::1", 5_000);
        assertThat(budget.tryStart("2001:db8:1:2:ffff::9").allowed()).isFalse();
        assertThat(QueryTimeBudget.key("127.0.0.1")).isEqualTo("127.0.0.1");
    }
}
