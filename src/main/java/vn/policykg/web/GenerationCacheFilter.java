package vn.policykg.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.policykg.store.LiveStore;

/**
 * Every GET answer is a function of the store generation, the request's address, its Accept and Host
 * headers and the day (the deadlines page defaults to today), and of this process's code. So its ETag is
 * a hash of those, known before any work: a client that sends it back in If-None-Match gets a 304 without
 * a query being run, and a 200 answer up to {@link CachedResponses#MAX_ENTRY_BYTES} is kept in a cache
 * bounded in bytes and replayed to the next client that asks the same. A new generation empties the cache
 * and changes every ETag.
 *
 * <p>Not cached: other methods, answers other than 200 or that set a cookie, and the paths of
 * {@link #UNCACHED} (health changes without a new generation, the admin endpoints act, errors are not kept).
 * A HEAD gets the ETag but records nothing, having no body.
 */
@Component
// After the SPARQL guard (a client over its query budget is refused even what is cached), before Fuseki.
@Order(Ordered.LOWEST_PRECEDENCE - 15)
public class GenerationCacheFilter extends OncePerRequestFilter {

    static final List<String> UNCACHED = List.of("/actuator", "/admin", "/error");
    /** Clients and shared caches may keep an answer but must ask again before reusing it. */
    static final String CACHE_CONTROL = "public, no-cache";

    /** Differs per process, so a restart with other code or templates never answers 304 to an old page. */
    private final String processNonce = Long.toHexString(System.nanoTime())
            + Long.toHexString(ProcessHandle.current().pid());

    private final LiveStore store;
    private final CachedResponses cache;

    public GenerationCacheFilter(LiveStore store, PolicyKgProperties props) {
        this.store = store;
        this.cache = new CachedResponses(props.responseCacheBytes());
        store.onSwap(next -> cache.clear());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) return true;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return UNCACHED.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/")) || store.current() == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = key(request);
        String etag = "W/\"" + key + "\"";
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(HttpHeaders.ETAG, etag);
            response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
            return;
        }
        CachedResponses.Entry hit = cache.get(key);
        if (hit != null) {
            hit.replay(response, request.getMethod().equals("HEAD"));
            return;
        }
        CachedResponses.Recording recording = cache.recording(response, etag, CACHE_CONTROL);
        chain.doFilter(request, recording);
        recording.finish(request.getMethod().equals("GET") ? key : null);
    }

    /** A hash of everything a GET answer depends on, given the generation. */
    private String key(HttpServletRequest request) {
        String generation = store.current().generation().id();
        String what = String.join(
                "\n",
                processNonce,
                generation,
                LocalDate.now().toString(),
                request.getRequestURI(),
                String.valueOf(request.getQueryString()),
                String.valueOf(request.getHeader(HttpHeaders.ACCEPT)),
                String.valueOf(request.getHeader(HttpHeaders.HOST)));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(what.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /**
     * Whether If-None-Match names this ETag (one of a list, weak or strong). "*" is not taken: whether the
     * address has any answer at all is only known once it is computed.
     */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        String opaque = etag.substring(2);
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals(etag) || t.equals(opaque)) return true;
        }
        return false;
    }

    /** The kept answers, for the tests to count replays. */
    CachedResponses cache() {
        return cache;
    }
}
