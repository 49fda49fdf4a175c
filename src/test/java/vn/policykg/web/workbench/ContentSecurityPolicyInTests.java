package vn.policykg.web.workbench;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In the tests' service every response carries the policy production will set (default-src 'self'),
 * so the page tests' "no console errors" also means "nothing the policy blocks". Found by the
 * application's component scan of vn.policykg; a header already set by the service itself wins.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentSecurityPolicyInTests extends OncePerRequestFilter {

    static final String POLICY = "default-src 'self'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!response.containsHeader("Content-Security-Policy"))
            response.setHeader("Content-Security-Policy", POLICY);
        chain.doFilter(request, response);
    }
}
