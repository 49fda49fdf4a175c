package vn.policykg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Flow;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.policykg.store.BuiltStore;

/**
 * Base of the tests that meet the service as a user does, served on a random port: the requests and
 * addresses they use. Which store it serves is the subclass's choice ({@link WebTest}: one built from data/).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceTest {

    /** The configured base of data IRIs (the default); pages and RDF name resources under it. */
    protected static final String BASE = BuiltStore.BASE;

    /** A new, empty store directory: a service started on it builds its store from data/. */
    public static Path temporaryStore(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    protected int port;

    protected final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The served address of {@code pathAndQuery} (which starts with '/'). */
    protected String url(String pathAndQuery) {
        return "http://localhost:" + port + pathAndQuery;
    }

    /** The served address of a data IRI under {@link #BASE}. */
    protected String served(String iri) {
        return iri.startsWith(BASE) ? url("/" + iri.substring(BASE.length())) : iri;
    }

    protected HttpResponse<String> get(String pathAndQuery, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url(pathAndQuery)))
                .header("Accept", accept)
                .GET()
                .build());
    }

    protected HttpResponse<String> send(HttpRequest request) {
        return send(http, request);
    }

    /** Sends with {@code client}, the body read as UTF-8; a failure to connect fails the test unchecked. */
    public static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code body} sent without a Content-Length, so the client sends it chunked. */
    public static HttpRequest.BodyPublisher chunked(String body) {
        HttpRequest.BodyPublisher known = HttpRequest.BodyPublishers.ofString(body);
        return new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> s) {
                known.subscribe(s);
            }
        };
    }
}
