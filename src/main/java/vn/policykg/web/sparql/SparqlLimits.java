package vn.policykg.web.sparql;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What one SPARQL request, and one client, may take ({@code policykg.sparql.*}); published in the
 * service description at /sparql and in the README.
 *
 * @param timeout            a query still running after this is stopped and answered 503
 * @param maxResultRows      most rows (SELECT) or triples (CONSTRUCT, DESCRIBE) one answer may hold;
 *                           a larger result is refused, never cut short
 * @param maxQueryLength     most characters in the query text
 * @param maxRequestSize     most bytes in a request body
 * @param serviceAllowed     whether SERVICE may call other endpoints (federation)
 * @param clientBudget       query time one client address may spend in a burst
 * @param clientBudgetRefill query time given back to a client per second of wall-clock time
 * @param maxConcurrent      queries executed at once; others wait (up to the timeout, then 503), so
 *                           health checks and pages keep a share of the processors
 */
@ConfigurationProperties(prefix = "policykg.sparql")
public record SparqlLimits(
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("50000") int maxResultRows,
        @DefaultValue("20000") int maxQueryLength,
        @DefaultValue("256KB") DataSize maxRequestSize,
        @DefaultValue("false") boolean serviceAllowed,
        @DefaultValue("60s") Duration clientBudget,
        @DefaultValue("500ms") Duration clientBudgetRefill,
        @DefaultValue("4") int maxConcurrent) {

    public SparqlLimits {
        if (timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("policykg.sparql.timeout must be positive, was " + timeout);
        if (maxResultRows < 1 || maxQueryLength < 1 || maxRequestSize.toBytes() < 1 || maxConcurrent < 1)
            throw new IllegalArgumentException("policykg.sparql.max-* limits must be positive");
        if (clientBudget.isNegative()
                || clientBudget.isZero()
                || clientBudgetRefill.isNegative()
                || clientBudgetRefill.isZero())
            throw new IllegalArgumentException(
                    "policykg.sparql.client-budget and client-budget-refill must be positive");
    }
}
