package vn.policykg.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.policykg.build.BuildInputs;
import vn.policykg.store.LiveStore;
import vn.policykg.store.OpenedGeneration;
import vn.policykg.build.StoreBuilder;
import vn.policykg.store.StoreLayout;

/** Opens the current store generation at start, building the first one from data/ on a fresh clone. */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(StoreConfiguration.class);

    @Bean(destroyMethod = "close")
    public LiveStore liveStore(PolicyKgProperties props) {
        StoreLayout layout = new StoreLayout(props.storeDir());
        StoreLayout.Generation gen = layout.current().orElseGet(() -> {
            LOG.info("No store in {}: building it from {}", layout.root(), props.dataDir().toAbsolutePath());
            return new StoreBuilder(layout).build(new BuildInputs(props.dataDir(), props.baseIri())).generation();
        });
        LiveStore store = new LiveStore();
        store.swap(OpenedGeneration.open(gen));
        LOG.info("Serving store generation {} ({} triples)", gen.id(), store.size());
        return store;
    }
}
