package vn.policykg.web.sparql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriterRegistry;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.policykg.web.RdfWriting;

/**
 * In front of Fuseki at /sparql: refuses oversized bodies and JSONP, charges each client's query-time
 * budget (429 with Retry-After when it is spent), and answers a plain GET asking for RDF with the
 * service description. Everything else goes on to Fuseki.
 */
final class SparqlGuardFilter extends OncePerRequestFilter {

    private static final AcceptList DESCRIPTION_OFFER = AcceptList.create(
            "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples", "text/html");

    private final SparqlLimits limits;
    private final QueryTimeBudget budget;
    private final String endpoint;
    private final Semaphore running;

    SparqlGuardFilter(SparqlLimits limits, QueryTimeBudget budget, String endpoint) {
        this.limits = limits;
        this.budget = budget;
        this.endpoint = endpoint;
        this.running = new Semaphore(limits.maxConcurrent(), true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getQueryString() != null && request.getQueryString().matches("(?i)(.*&)?callback=.*")) {
            // JSONP would turn our origin into a script source for whoever names the callback.
            response.sendError(
                    400,
                    "Tham số callback (JSONP) không được hỗ trợ. (The callback parameter, JSONP, is not supported.)");
            return;
        }
        if (isDescriptionRequest(request) && describe(request, response)) return;
        long maxBytes = limits.maxRequestSize().toBytes();
        if (request.getContentLengthLong() > maxBytes) {
            response.sendError(413, tooLarge(maxBytes));
            return;
        }
        if (request.getContentLengthLong() < 0 && "POST".equals(request.getMethod())) {
            if (isForm(request)) {
                response.sendError(411, "Gửi biểu mẫu phải kèm Content-Length. (A form body needs a Content-Length.)");
                return;
            }
            byte[] body = readAtMost(request.getInputStream(), maxBytes);
            if (body == null) {
                response.sendError(413, tooLarge(maxBytes));
                return;
            }
            request = new BufferedBody(request, body);
        }
        if (isMultipart(request)) {
            // Not a SPARQL protocol body; parsing it as parts is where Tomcat would fail.
            response.sendError(
                    415,
                    "Không nhận nội dung multipart; hãy gửi application/sparql-query hoặc biểu mẫu. "
                            + "(Multipart bodies are not accepted: send application/sparql-query or a form.)");
            return;
        }
        if (!parametersDecode(request)) {
            if (!response.isCommitted())
                response.sendError(
                        400,
                        "Tham số có mã phần trăm (%XX) không hợp lệ. (A parameter has malformed percent-encoding.)");
            return;
        }
        String client = request.getRemoteAddr();
        QueryTimeBudget.Decision decision = budget.tryStart(client);
        if (!decision.allowed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
            response.sendError(
                    429,
                    "Địa chỉ của bạn đã dùng hết quỹ thời gian truy vấn; hãy thử lại sau "
                            + decision.retryAfterSeconds()
                            + " giây. (Your address has spent its query-time budget; retry after "
                            + decision.retryAfterSeconds() + " s.)");
            return;
        }
        if (!awaitTurn()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            response.sendError(
                    503,
                    "Máy chủ đang bận với các truy vấn khác; hãy thử lại sau 1 giây. "
                            + "(The server is busy with other queries; retry after 1 s.)");
            return;
        }
        long start = System.nanoTime();
        try {
            FusekiErrorResponse fusekiResponse = new FusekiErrorResponse(response);
            chain.doFilter(request, fusekiResponse);
            fusekiResponse.finish();
        } finally {
            running.release();
            budget.charge(client, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Waits for one of the execution slots, at most a query timeout. */
    private boolean awaitTurn() {
        try {
            return running.tryAcquire(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Tomcat throws on a malformed %XX when Fuseki asks for a parameter, which Fuseki answers 500. */
    private static boolean parametersDecode(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return true;
        } catch (IllegalStateException | IllegalArgumentException malformed) {
            return false;
        }
    }

    private static String tooLarge(long maxBytes) {
        return "Nội dung yêu cầu vượt quá " + maxBytes + " byte. (The request body is larger than " + maxBytes
                + " bytes.)";
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static boolean isDescriptionRequest(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method))
                && request.getQueryString() == null
                && "/sparql".equals(request.getRequestURI());
    }

    /** Writes the description when the client prefers an RDF syntax; HTML is left to the page. */
    private boolean describe(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        MediaType chosen;
        try {
            chosen = accept == null || accept.isBlank()
                    ? MediaType.create("text/turtle")
                    : AcceptList.match(new AcceptList(accept), DESCRIPTION_OFFER);
        } catch (RuntimeException malformed) {
            chosen = null;
        }
        if (chosen == null || chosen.getContentTypeStr().equals("text/html")) return false;
        Lang lang = RDFLanguages.contentTypeToLang(chosen.getContentTypeStr());
        byte[] body =
                RdfWriting.bytes(ServiceDescription.of(endpoint, limits), RDFWriterRegistry.defaultSerialization(lang));
        response.setContentType(chosen.getContentTypeStr() + ";charset=utf-8");
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (!"HEAD".equals(request.getMethod())) response.getOutputStream().write(body);
        return true;
    }

    /** The whole stream, or null when it holds more than {@code max} bytes. */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        for (int n; (n = in.read(buf)) >= 0; ) {
            out.write(buf, 0, n);
            if (out.size() > max) return null;
        }
        return out.toByteArray();
    }

    /** A request whose body has already been read (bounded) into memory. */
    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }
}
