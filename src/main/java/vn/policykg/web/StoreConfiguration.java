package vn.policykg.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.policykg.build.BuildInputs;
import vn.policykg.build.StoreBuilder;
import vn.policykg.replica.Replica;
import vn.policykg.replica.ReplicaGenerations;
import vn.policykg.replica.WriterDumps;
import vn.policykg.store.LiveStore;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.store.StoreLayout;

/**
 * Opens the current store generation at start, building the first one from data/ (and the corpus folders)
 * on a fresh clone, or a new one when the settings name other inputs than the current one was built from. A
 * replica never builds: it opens its current generation, or loads its writer's dump on first start.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(StoreConfiguration.class);

    @Bean(destroyMethod = "close")
    public LiveStore liveStore(PolicyKgProperties props, ReplicationProperties replication) {
        StoreLayout layout = new StoreLayout(props.storeDir());
        StoreLayout.Generation gen = replication.replica()
                ? Replica.initial(new ReplicaGenerations(layout), new WriterDumps(replication.writer()))
                : builtGeneration(layout, props.buildInputs());
        LiveStore store = new LiveStore();
        store.swap(OpenedGeneration.open(gen));
        LOG.info("Serving store generation {} ({} triples)", gen.id(), store.size());
        return store;
    }

    /** The current generation if it was built from {@code inputs}, else a new one built from them. */
    private static StoreLayout.Generation builtGeneration(StoreLayout layout, BuildInputs inputs) {
        return layout.current().filter(g -> builtFrom(g, inputs)).orElseGet(() -> {
            LOG.info(
                    "Building a store generation in {} from {}",
                    layout.root(),
                    inputs.describe().replace('\n', ' '));
            return new StoreBuilder(layout)
                    .build(inputs, line -> LOG.info("Build: {}", line))
                    .generation();
        });
    }

    /** Whether a generation was built from these inputs; one from before inputs were recorded counts as data/ alone. */
    private static boolean builtFrom(StoreLayout.Generation gen, BuildInputs inputs) {
        Path recorded = gen.dir().resolve(StoreBuilder.INPUTS_FILE);
        try {
            if (!Files.exists(recorded)) return inputs.corpusDirs().isEmpty();
            return Files.readString(recorded).equals(inputs.describe());
        } catch (IOException e) {
            return false;
        }
    }
}
