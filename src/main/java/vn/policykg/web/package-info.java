/**
 * The service (Spring Boot): what every request passes through and the endpoints that are not pages of the
 * graph. Here: the store's life in the service ({@link vn.policykg.web.StoreConfiguration}, reload, health),
 * the SPARQL endpoint (Fuseki's engine behind {@link vn.policykg.web.SparqlGuardFilter} and
 * {@link vn.policykg.web.SparqlLimits}), search ({@link vn.policykg.web.SearchApiController},
 * {@link vn.policykg.web.SearchPageController}), the filters every answer passes (security headers, the
 * per-generation cache) and the error page. Pages of documents, clauses and facts are in
 * {@code web.linkeddata}; the tools for people who track tasks and targets in {@code web.workbench}.
 * This layer reads the store and the search engine; nothing below it depends on it.
 *
 * <p>To add an endpoint: a {@code @RestController} (or {@code @Controller} with a Thymeleaf template in
 * {@code src/main/resources/templates}) that reads {@code store.current()} once per request, answers a
 * caller's mistake with a 400 naming the parameter, and a test that sends it real and bad requests
 * (see {@code SearchApiTest}).
 */
package vn.policykg.web;
