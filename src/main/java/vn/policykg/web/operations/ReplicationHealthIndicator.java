package vn.policykg.web.operations;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import vn.policykg.replica.ChangeLogPublisher;
import vn.policykg.replica.Replica;
import vn.policykg.web.ReplicationProperties;

/**
 * In {@code /actuator/health} when replication is on: for the writer, the newest generation it published; for a
 * replica, the generation it serves and how far behind the change log it is. A replica that failed, or where a
 * generation has waited longer than {@code policykg.replication.max-lag}, is DOWN, so the health check answers 503
 * and a load balancer stops sending it requests; it still answers those sent to it.
 */
@Component("replication")
@ConditionalOnExpression(ReplicationProperties.ON)
public class ReplicationHealthIndicator implements HealthIndicator {

    private final ObjectProvider<Replica> replica;
    private final ObjectProvider<ChangeLogPublisher> publisher;
    private final ReplicationProperties props;

    public ReplicationHealthIndicator(
            ObjectProvider<Replica> replica,
            ObjectProvider<ChangeLogPublisher> publisher,
            ReplicationProperties props) {
        this.replica = replica;
        this.publisher = publisher;
        this.props = props;
    }

    @Override
    public Health health() {
        ChangeLogPublisher writer = publisher.getIfAvailable();
        if (writer != null)
            return Health.up()
                    .withDetail("role", "writer")
                    .withDetail("published", String.valueOf(writer.newestPublished()))
                    .build();
        Replica.Status s = replica.getObject().status();
        Health.Builder h = s.ready(props.maxLag()) ? Health.up() : Health.down();
        h.withDetail("role", "replica")
                .withDetail("state", s.state().name())
                .withDetail("generation", String.valueOf(s.generation()))
                .withDetail("behind", s.behind())
                .withDetail("lagSeconds", s.lag().toSeconds())
                .withDetail("lastContact", String.valueOf(s.lastContact()))
                .withDetail("applied", s.applied())
                .withDetail("bootstraps", s.bootstraps());
        if (s.problem() != null) h.withDetail("problem", s.problem());
        return h.build();
    }
}
