/**
 * The service (Spring Boot) and what every request passes through: the store's life in the service
 * ({@link vn.policykg.web.StoreConfiguration}), the configured addresses and properties, the filters every
 * answer passes (security headers, the per-generation cache), the one error path
 * ({@link vn.policykg.web.ErrorPageController}: a JSON problem for APIs, the Vietnamese page for browsers) and
 * the one place RDF answers are written ({@link vn.policykg.web.RdfWriting}).
 * The endpoints live in sub-packages by role:
 *
 * <ul>
 *   <li>{@code web.sparql}: the SPARQL endpoint (Fuseki's engine behind our limits);
 *   <li>{@code web.search}: full-text search, the API and the page;
 *   <li>{@code web.operations}: reload and health, for whoever runs the service;
 *   <li>{@code web.linkeddata}: pages and RDF of documents, clauses and facts;
 *   <li>{@code web.workbench}: tools for people who track tasks and targets;
 *   <li>{@code web.facts}: the read model of tasks and targets those two share.
 * </ul>
 *
 * This layer reads the store and the search engine; nothing below it depends on it, and the sub-packages
 * depend on this root, never the reverse.
 *
 * <p>To add an endpoint: put it in the sub-package of its role (a new role gets a new sub-package with its own
 * package-info); a {@code @RestController} (or {@code @Controller} with a Thymeleaf template in
 * {@code src/main/resources/templates}) that reads {@code store.current()} once per request, answers a
 * caller's mistake by throwing {@code ResponseStatusException} with a 400 naming the parameter, and a test
 * that sends it real and bad requests (see {@code SearchApiTest}).
 */
package vn.policykg.web;
