package vn.policykg.web.sparql;

import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.policykg.store.LiveStore;
import vn.policykg.web.PolicyKgProperties;

/**
 * /sparql is answered by the Fuseki engine itself, inside Spring Boot's servlet container: Fuseki's
 * dispatch filter finds the dataset "/sparql" in the registry kept in the servlet context, exactly as
 * a standalone Fuseki server does. The dataset offers the SPARQL Query operation (with our limits,
 * {@link LimitedQueryProcessor}) and nothing else, so SPARQL Update and Graph Store writes have no
 * handler and are refused by Fuseki. When the live store swaps generations (a reload), a new data
 * service over the new generation replaces the old one in the registry; requests already running keep
 * the one they started with.
 */
@Configuration(proxyBeanMethods = false)
public class SparqlEndpointConfiguration {

    public static final String DATASET = "/sparql";

    @Bean
    public ServletContextInitializer fusekiRegistry(LiveStore store, SparqlLimits limits) {
        return servletContext -> {
            Fuseki.outputFusekiServerHeader = false;
            OperationRegistry operations = OperationRegistry.createStd();
            operations.register(Operation.Query, new LimitedQueryProcessor(limits));
            DataAccessPointRegistry registry = new DataAccessPointRegistry();
            registry.register(accessPoint(store.datasetGraph(), operations));
            store.onSwap(
                    next -> registry.put(DATASET, accessPoint(next.dataset().asDatasetGraph(), operations)));
            OperationRegistry.set(servletContext, operations);
            DataAccessPointRegistry.set(servletContext, registry);
        };
    }

    private static DataAccessPoint accessPoint(DatasetGraph dataset, OperationRegistry operations) {
        DataService service =
                DataService.newBuilder(dataset).addEndpoint(Operation.Query, "").build();
        service.setEndpointProcessors(operations);
        service.goActive();
        return new DataAccessPoint(DATASET, service);
    }

    @Bean
    public FilterRegistrationBean<SparqlGuardFilter> sparqlGuardFilter(SparqlLimits limits, PolicyKgProperties props) {
        QueryTimeBudget budget =
                new QueryTimeBudget(limits.clientBudget(), limits.clientBudgetRefill(), System::nanoTime);
        FilterRegistrationBean<SparqlGuardFilter> bean =
                new FilterRegistrationBean<>(new SparqlGuardFilter(limits, budget, props.baseIri() + "sparql"));
        bean.addUrlPatterns(DATASET, DATASET + "/*");
        bean.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
        bean.setName("sparqlGuard");
        return bean;
    }

    @Bean
    public FilterRegistrationBean<FusekiFilter> fusekiFilter() {
        FilterRegistrationBean<FusekiFilter> bean = new FilterRegistrationBean<>(new FusekiFilter());
        bean.addUrlPatterns(DATASET, DATASET + "/*");
        bean.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        bean.setName("fuseki");
        return bean;
    }
}
