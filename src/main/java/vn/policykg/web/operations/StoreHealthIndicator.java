package vn.policykg.web.operations;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.policykg.store.LiveStore;

/** UP only when a store generation is loaded and answers a query, text index included. */
@Component("store")
public class StoreHealthIndicator implements HealthIndicator {

    private final LiveStore store;

    public StoreHealthIndicator(LiveStore store) {
        this.store = store;
    }

    @Override
    public Health health() {
        if (!store.isReady())
            return Health.down().withDetail("store", "not loaded").build();
        try {
            var ds = store.dataset();
            boolean answers = Txn.calculateRead(ds, () -> {
                try (QueryExecution qe = QueryExecution.dataset(ds)
                        .query("PREFIX text: <http://jena.apache.org/text#> ASK { ?s text:query ('xã hội' 1) }")
                        .build()) {
                    return qe.execAsk();
                }
            });
            if (!answers)
                return Health.down()
                        .withDetail("store", "the text index finds nothing")
                        .build();
            return Health.up()
                    .withDetail("generation", store.current().generation().id())
                    .withDetail("triples", store.size())
                    .build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("store", "query failed").build();
        }
    }
}
