/**
 * What whoever runs the service needs: {@link vn.policykg.web.operations.ReloadController} (a token-guarded
 * POST that rebuilds the store as a new generation and switches to it when complete) and
 * {@link vn.policykg.web.operations.StoreHealthIndicator} (which generation is served, in
 * {@code /actuator/health}), and, with {@code policykg.replication.*} set, the writer's change-log publisher or a
 * replica's follower ({@link vn.policykg.web.operations.ReplicationConfiguration}) with their health
 * ({@link vn.policykg.web.operations.ReplicationHealthIndicator}: a failed or lagging replica is DOWN).
 *
 * <p>To add an operation: a controller here guarded like reload (off unless configured), its settings in a
 * {@code @ConfigurationProperties} record beside it, and a test that calls it with and without the token.
 */
package vn.policykg.web.operations;
