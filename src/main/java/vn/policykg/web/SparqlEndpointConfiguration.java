package vn.policykg.web;

import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.fuseki.servlets.FusekiFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import vn.policykg.store.LiveStore;

/**
 * /sparql is answered by the Fuseki engine itself, inside Spring Boot's servlet container: Fuseki's
 * dispatch filter finds the dataset "/sparql" in the registry kept in the servlet context, exactly as
 * a standalone Fuseki server does. The dataset offers the SPARQL Query operation and nothing else, so
 * SPARQL Update and Graph Store writes have no handler and are refused by Fuseki.
 */
@Configuration(proxyBeanMethods = false)
public class SparqlEndpointConfiguration {

    public static final String DATASET = "/sparql";

    @Bean
    public ServletContextInitializer fusekiRegistry(LiveStore store) {
        return servletContext -> {
            OperationRegistry operations = OperationRegistry.createStd();
            DataService service = DataService.newBuilder(store.datasetGraph())
                .addEndpoint(Operation.Query, "")
                .build();
            service.setEndpointProcessors(operations);
            service.goActive();
            DataAccessPointRegistry registry = new DataAccessPointRegistry();
            registry.register(new DataAccessPoint(DATASET, service));
            OperationRegistry.set(servletContext, operations);
            DataAccessPointRegistry.set(servletContext, registry);
        };
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
