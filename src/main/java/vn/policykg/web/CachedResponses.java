package vn.policykg.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpHeaders;

/**
 * The answers {@link GenerationCacheFilter} keeps: status 200 bodies with the headers that describe them,
 * bounded by the bytes they hold (least recently used first out). An answer is recorded while it streams
 * to its client; one that grows past {@link #MAX_ENTRY_BYTES} (a dump, a large CONSTRUCT) is streamed
 * without being kept.
 */
final class CachedResponses {

    static final int MAX_ENTRY_BYTES = 2 << 20;
    /** Headers of an answer not replayed: the container sets them for each response (the type is kept apart). */
    private static final Set<String> PER_RESPONSE = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        PER_RESPONSE.addAll(List.of(
                HttpHeaders.CONTENT_TYPE,
                HttpHeaders.CONTENT_LENGTH,
                HttpHeaders.DATE,
                HttpHeaders.TRANSFER_ENCODING,
                HttpHeaders.CONNECTION,
                "Keep-Alive"));
    }

    private final Cache<String, Entry> entries;
    private final boolean enabled;

    CachedResponses(long maxBytes) {
        this.enabled = maxBytes > 0;
        this.entries = Caffeine.newBuilder()
                .maximumWeight(Math.max(maxBytes, 0))
                .weigher((String k, Entry e) -> e.weight())
                .recordStats()
                .build();
    }

    Entry get(String key) {
        return enabled ? entries.getIfPresent(key) : null;
    }

    void clear() {
        entries.invalidateAll();
    }

    long hits() {
        return entries.stats().hitCount();
    }

    Recording recording(HttpServletResponse response, String etag, String cacheControl) {
        return new Recording(response, etag, cacheControl);
    }

    /**
     * A kept answer: its content type, its other headers (every value of each, in order) and its body. Replayed,
     * a header's first value replaces any a filter before the cache set (the security headers), so none doubles.
     */
    record Entry(String contentType, List<String[]> headers, byte[] body) {

        int weight() {
            int w = body.length + 64 + contentType.length();
            for (String[] h : headers) w += h[0].length() + h[1].length();
            return w;
        }

        void replay(HttpServletResponse response, boolean headOnly) throws IOException {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(contentType);
            Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (String[] h : headers)
                if (set.add(h[0])) response.setHeader(h[0], h[1]);
                else response.addHeader(h[0], h[1]);
            response.setContentLength(body.length);
            if (!headOnly) response.getOutputStream().write(body);
        }
    }

    /**
     * A response that passes everything through to the client and keeps a copy of the body while it stays
     * under the entry limit. The ETag and Cache-Control go out with it unless the answer is not a 200.
     */
    final class Recording extends HttpServletResponseWrapper {

        /** The body so far; null once it cannot be kept (or when nothing is kept). */
        private ByteArrayOutputStream copy = enabled ? new ByteArrayOutputStream() : null;

        private PrintWriter writer;

        /** The container writes Content-Language from the locale only as the answer leaves, so it is kept here. */
        private String contentLanguage;

        private Recording(HttpServletResponse response, String etag, String cacheControl) {
            super(response);
            response.setHeader(HttpHeaders.ETAG, etag);
            response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }

        @Override
        public void setStatus(int sc) {
            super.setStatus(sc);
            if (sc != SC_OK) notCacheable();
        }

        @Override
        public void setLocale(Locale locale) {
            super.setLocale(locale);
            if (!isCommitted()) contentLanguage = locale.toLanguageTag();
        }

        @Override
        public void sendError(int sc) throws IOException {
            notCacheable();
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            notCacheable();
            super.sendError(sc, msg);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            notCacheable();
            super.sendRedirect(location);
        }

        /** An answer that is no 200 is neither kept nor given a validator a client could send back. */
        private void notCacheable() {
            copy = null;
            if (!isCommitted()) {
                setHeader(HttpHeaders.ETAG, null);
                setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            }
        }

        /**
         * A tee around the wrapped response's stream, asked anew on every call: a wrapper beneath
         * (the SPARQL endpoint's FusekiErrorResponse) may hand out another stream once an error status is set.
         */
        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return new ForwardingOutputStream(super.getOutputStream()) {
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    keep(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    keep(b, off, len);
                }

                /** Passed on whole, since the stream beneath may encode it its own way; such an answer is not kept. */
                @Override
                public void print(String text) throws IOException {
                    out.print(text);
                    copy = null;
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            // Buffered: templates write many short strings, and encoding each on its own was 6% of a page's CPU.
            if (writer == null)
                writer = new PrintWriter(
                        new BufferedWriter(new OutputStreamWriter(getOutputStream(), getCharacterEncoding())));
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) writer.flush();
            super.flushBuffer();
        }

        private void keep(byte[] b, int off, int len) {
            if (copy == null) return;
            if (copy.size() + len > MAX_ENTRY_BYTES) copy = null;
            else copy.write(b, off, len);
        }

        /**
         * After the chain: flushes what the writer holds and keeps the answer under {@code key} if it is a whole
         * 200 with a content type (null: keep nothing).
         */
        void finish(String key) throws IOException {
            if (writer != null) writer.flush();
            if (key == null
                    || !enabled
                    || copy == null
                    || getStatus() != SC_OK
                    || getContentType() == null
                    || containsHeader(HttpHeaders.SET_COOKIE)) return;
            List<String[]> headers = new ArrayList<>();
            Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            names.addAll(getHeaderNames());
            names.removeAll(PER_RESPONSE);
            for (String name : names) for (String value : getHeaders(name)) headers.add(new String[] {name, value});
            if (contentLanguage != null && !names.contains(HttpHeaders.CONTENT_LANGUAGE))
                headers.add(new String[] {HttpHeaders.CONTENT_LANGUAGE, contentLanguage});
            entries.put(key, new Entry(getContentType(), List.copyOf(headers), copy.toByteArray()));
        }
    }
}
