package vn.policykg.replica;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import vn.policykg.store.DumpFiles;

/**
 * The writer's latest dump of the whole graph (N-Quads, gzip), fetched over HTTP as anyone downloads it
 * ({@code GET /dumps/policy-kg.nq.gz}); the writer names the dump's generation in
 * {@link DumpFiles#GENERATION_HEADER}.
 */
public final class WriterDumps {

    private final URI dump;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** {@code writer}: the writer's base address, e.g. {@code http://writer:8080/}. */
    public WriterDumps(URI writer) {
        if (writer.getScheme() == null || !writer.getScheme().startsWith("http") || writer.getHost() == null)
            throw new IllegalArgumentException(
                    "policykg.replication.writer-url: '" + writer + "' is not an http(s) address of the writer");
        this.dump = writer.resolve("/dumps/" + DumpFiles.NQUADS.fileName());
    }

    /** Downloads the dump into {@code file}; returns the id of the generation it holds. */
    public String download(Path file) {
        try {
            HttpResponse<Path> response =
                    http.send(HttpRequest.newBuilder(dump).GET().build(), HttpResponse.BodyHandlers.ofFile(file));
            if (response.statusCode() != 200)
                throw new IllegalStateException("The writer answered " + response.statusCode() + " to GET " + dump);
            return response.headers()
                    .firstValue(DumpFiles.GENERATION_HEADER)
                    .orElseThrow(() -> new IllegalStateException(
                            "The writer's " + dump + " names no generation (" + DumpFiles.GENERATION_HEADER + ")"));
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException("Cannot download the writer's dump " + dump + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while downloading " + dump, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The next download replaces it.
        }
    }

    @Override
    public String toString() {
        return dump.toString();
    }
}
