package vn.policykg.web.workbench;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.policykg.web.sparql.SparqlEndpointConfiguration;

/**
 * A browser opening /sparql (a GET asking for HTML, with no query) gets the editor page; every other
 * request to /sparql, a query or a non-HTML Accept, goes on to the Fuseki engine unchanged.
 */
@Configuration(proxyBeanMethods = false)
public class EditorPageFilter {

    @Bean
    public FilterRegistrationBean<OncePerRequestFilter> editorForBrowsers() {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (isBrowserWithoutQuery(request))
                    request.getRequestDispatcher("/query").forward(request, response);
                else chain.doFilter(request, response);
            }
        });
        bean.addUrlPatterns(SparqlEndpointConfiguration.DATASET);
        // Before Fuseki's filter, which would answer every request to /sparql itself.
        bean.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
        bean.setName("sparqlEditorForBrowsers");
        return bean;
    }

    static boolean isBrowserWithoutQuery(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod())
                && request.getParameter("query") == null
                && accept != null
                && accept.contains("text/html");
    }
}
