/**
 * The SPARQL endpoint at {@code /sparql}: Fuseki's own engine and protocol
 * ({@link vn.policykg.web.sparql.SparqlEndpointConfiguration}) over the current generation, behind
 * {@link vn.policykg.web.sparql.SparqlGuardFilter}, which applies {@link vn.policykg.web.sparql.SparqlLimits}
 * (query length, timeout, result rows, a per-client budget of query time in
 * {@link vn.policykg.web.sparql.QueryTimeBudget}) and answers a bad query with a 400 that gives its line and
 * column. The service description (SPARQL 1.1 SD) is {@link vn.policykg.web.sparql.ServiceDescription}.
 *
 * <p>To add a limit: a property in {@code SparqlLimits}, checked in {@code SparqlGuardFilter} (before the query
 * runs) or in {@code LimitedQueryProcessor} (while it runs), advertised in the service description, and a case
 * in {@code SparqlLimitsTest}.
 */
package vn.policykg.web.sparql;
