package vn.policykg.web.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.policykg.replica.ChangeLogPublisher;
import vn.policykg.replica.Replica;
import vn.policykg.replica.ReplicaGenerations;
import vn.policykg.replica.WriterDumps;
import vn.policykg.store.LiveStore;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.store.StoreLayout;
import vn.policykg.web.PolicyKgProperties;
import vn.policykg.web.ReplicationProperties;
import vn.policykg.web.sparql.SparqlLimits;

/** The writer's publisher or a replica's follower, from {@link ReplicationProperties}; neither when it is unset. */
@Configuration(proxyBeanMethods = false)
public class ReplicationConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ReplicationConfiguration.class);

    /** Publishes the generation served at start, and every one swapped in after it (reloads). */
    @Bean(destroyMethod = "close")
    @ConditionalOnExpression(ReplicationProperties.WRITER)
    public ChangeLogPublisher changeLogPublisher(ReplicationProperties props, LiveStore store) {
        ChangeLogPublisher publisher = new ChangeLogPublisher(props.changeLog());
        publish(publisher, store.current());
        store.onSwap(gen -> publish(publisher, gen));
        return publisher;
    }

    private static void publish(ChangeLogPublisher publisher, OpenedGeneration gen) {
        try {
            if (publisher.publish(gen.generation()))
                LOG.info(
                        "Published generation {} to the change log",
                        gen.generation().id());
        } catch (RuntimeException e) {
            // The generation is served here all the same; replicas see a gap at the next one and load the dump.
            LOG.error("Generation {} was not published: {}", gen.generation().id(), e.getMessage());
        }
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    @ConditionalOnExpression(ReplicationProperties.REPLICA)
    public Replica replica(
            ReplicationProperties props,
            PolicyKgProperties policyKg,
            ReloadProperties reload,
            LiveStore store,
            SparqlLimits limits) {
        if (reload.enabled())
            throw new IllegalStateException("policykg.reload.token must be empty on a replica (policykg.replication"
                    + ".writer-url is set): a replica serves what its writer publishes and never builds");
        return new Replica(
                props.changeLog(),
                props.name(),
                new ReplicaGenerations(new StoreLayout(policyKg.storeDir())),
                new WriterDumps(props.writer()),
                store,
                limits.timeout());
    }
}
