package vn.policykg.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An answer that fits in {@link #BUFFER_BYTES} leaves in one write, with a Content-Length. Without this the
 * writers flush as they go (Fuseki's result writers before they return, Jackson every 8 KiB), and each flush
 * is a chunk and a system call of its own: an {@code ASK {}} went out in two writes, a search's JSON in four,
 * and those writes were a fifth of the request's CPU. A larger answer streams as before once the buffer is full.
 */
@Component
// Outermost after the security headers, so every writer below writes into the one buffer.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class WholeResponseFilter extends OncePerRequestFilter {

    static final int BUFFER_BYTES = 64 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setBufferSize(BUFFER_BYTES);
        chain.doFilter(request, new FlushDeferring(response));
    }

    /** Flushes asked for by the application are dropped; the container sends the buffer when it is full or done. */
    private static final class FlushDeferring extends HttpServletResponseWrapper {

        private ServletOutputStream stream;
        private PrintWriter writer;

        FlushDeferring(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void flushBuffer() {}

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                stream = new ForwardingOutputStream(super.getOutputStream()) {
                    @Override
                    public void flush() {}
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null)
                writer = new PrintWriter(super.getWriter()) {
                    @Override
                    public void flush() {}
                };
            return writer;
        }
    }
}
