package vn.policykg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * Generated malformed input (deterministic seed) against every endpoint in {@link #TARGETS}: query
 * strings, bodies, methods and headers, and a share of raw, broken HTTP. Every answer must come before
 * the client's timeout, be below 500, be well-formed for its Content-Type, and carry no stack trace or
 * version. {@code ./mvnw test} sends 1,500; {@code -Dfuzz.count=10000} (and {@code -Dfuzz.seed=…}) for
 * the full run (README, "Robustness").
 */
class FuzzTest extends WebTest {

    private static final int COUNT = Integer.getInteger("fuzz.count", 1_500);
    private static final long SEED = Long.getLong("fuzz.seed", 20260202L);
    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(30);

    /**
     * The endpoints, each a path template whose {@code %s} the fuzzer fills with a generated value (URL
     * encoded), and whether it also takes POST bodies. Add a line for each new endpoint.
     */
    record Target(String template, boolean takesBody) {}

    static final List<Target> TARGETS = List.of(
            new Target("/sparql?query=%s", true),
            new Target("/sparql?query=%s&default-graph-uri=%s", false),
            new Target("/sparql?query=%s&timeout=%s&format=%s", false),
            new Target("/sparql?%s", true),
            new Target("/sparql/%s", true),
            new Target("/api/search?q=%s&limit=%s&offset=%s", false),
            new Target("/search?q=%s", false),
            new Target("/eli/%s", false),
            new Target("/eli/vn-lao-cai/ctr/2026/04-ctr-ubnd/%s", false),
            new Target("/org/vn-lao-cai/%s", false),
            new Target("/indicator/%s", false),
            new Target("/jurisdiction/%s", false),
            new Target(
                    "/eli/vn-lao-cai/ctr/undated/unnumbered-tu-42-nq-tw-2026-2030/sec_III__para_1.5%s?format=%s",
                    false),
            new Target("/resolve?ref=%s&province=%s", false),
            new Target("/def%s", false),
            new Target("/.well-known/void?format=%s", false),
            new Target("/export/tasks.csv?document=%s&agency=%s&year=%s", false),
            new Target("/export/targets.json?indicator=%s&province=%s&bom=%s", false),
            new Target("/export/%s", false),
            new Target("/deadlines?asOf=%s&agency=%s&document=%s", false),
            new Target("/deadlines/%s.ics", false),
            new Target("/implementation?document=%s", false),
            new Target("/query/%s", false),
            new Target("/%s", false),
            new Target("/actuator/health?%s", false),
            new Target("/admin/reload?%s", true));

    private static final String[] SPARQL_PIECES = {
        "SELECT",
        "*",
        "WHERE",
        "{",
        "}",
        "?s",
        "?p",
        "?o",
        "\"",
        "'",
        "<",
        ">",
        "<http://localhost:8080/eli/>",
        "FILTER",
        "(",
        ")",
        "REGEX(?o, \"(a+)+$\")",
        "SERVICE <http://127.0.0.1:9/>",
        "LIMIT",
        "OFFSET",
        "-1",
        "99999999999999999999999",
        "1e999",
        "ORDER BY",
        "GROUP BY",
        "COUNT(*)",
        "AS",
        "CONSTRUCT",
        "DESCRIBE",
        "ASK",
        "INSERT DATA",
        "DELETE",
        "LOAD",
        "DROP ALL",
        "PREFIX vnp: <https://w3id.org/vnpolicy/def#>",
        "vnp:text",
        "text:query",
        "('xã hội' 10)",
        "\"nhà ở xã hội\"@vi",
        "^^",
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "\\u0000",
        "\\",
        "\u0000",
        "\u0007",
        "\uFEFF",
        "\uD800",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
        "Đảng ủy",
        "hoà/hòa",
        "#",
        "\n",
        "\t",
        ".",
        ";",
        ",",
        "BIND",
        "VALUES ?x { 1 }",
        "OPTIONAL",
        "UNION",
        "MINUS",
        "FROM <file:///etc/passwd>",
        "GRAPH ?g",
        "BASE <http://x/>",
        "JSON { \"a\": ?s }",
        "%",
        "%00",
        "%ZZ",
        "&",
        "=",
        "+"
    };
    private static final String VALID =
            "PREFIX vnp: <https://w3id.org/vnpolicy/def#> SELECT ?t WHERE { ?c vnp:numberPath \"III.1.5\" ; vnp:text ?t } LIMIT 5";
    private static final String[] ACCEPTS = {
        "*/*",
        "text/html",
        "application/json",
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
        "text/turtle",
        "application/ld+json",
        "application/rdf+xml",
        "application/n-triples",
        "application/trig",
        "text/plain",
        "image/png",
        "a/b/c",
        "*/*;q=abc",
        ";;;,,,",
        "text/html;charset=utf-7",
        ""
    };
    private static final String[] CONTENT_TYPES = {
        "application/sparql-query",
        "application/x-www-form-urlencoded",
        "application/sparql-update",
        "text/turtle",
        "application/json",
        "multipart/form-data; boundary=xyz",
        "text/plain; charset=bogus",
        "application/octet-stream",
        "x"
    };
    private static final String[] METHODS = {
        "GET", "GET", "GET", "POST", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH"
    };

    private final Random random = new Random(SEED);
    private final List<HttpClient> clients = new ArrayList<>();
    private final String[] lastRequest = new String[16];

    @Test
    void malformedInputNeverGetsA5xxAHangOrAMalformedAnswer() throws Exception {
        // Several loopback addresses, so the per-client query budget is not what this test measures.
        for (int i = 0; i < 16; i++)
            clients.add(HttpClient.newBuilder()
                    .localAddress(InetAddress.getByName("127.0.1." + (i + 1)))
                    .connectTimeout(CLIENT_TIMEOUT)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build());
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < COUNT && failures.size() < 20; n++) {
            String failure = random.nextInt(10) == 0 ? rawCase() : httpCase(n);
            if (failure != null)
                failures.add("#" + n + " " + (failure.length() > 600 ? failure.substring(0, 600) + "…" : failure));
        }
        System.out.println("FuzzTest: " + COUNT + " requests, seed " + SEED + ", " + failures.size() + " failures");
        assertThat(failures).as("seed " + SEED).isEmpty();
    }

    @Test
    void aChunkedMultipartBodyIsRefusedOrIgnoredNeverA500() {
        for (String path : List.of("/search?q=x", "/api/search?q=x", "/sparql?query=ASK%7B%7D", "/khong-co")) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Content-Type", "multipart/form-data; boundary=xyz")
                    .method("GET", chunked("--xyz\r\nbroken"))
                    .build());
            assertThat(r.statusCode()).as(path).isLessThan(500);
        }
    }

    private String httpCase(int n) throws IOException, InterruptedException {
        Target target = TARGETS.get(random.nextInt(TARGETS.size()));
        // Over-long request lines go through the raw cases: Java's client misreads the container's early
        // 400 to a long line that it is still sending, though the answer on the wire is right.
        String path = fill(
                target.template(),
                v -> URLEncoder.encode(v.length() > 1_500 ? v.substring(0, 1_500) : v, StandardCharsets.UTF_8));
        String method = METHODS[random.nextInt(METHODS.length)];
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(CLIENT_TIMEOUT);
        String accept = ACCEPTS[random.nextInt(ACCEPTS.length)];
        if (!accept.isEmpty()) b.header("Accept", accept);
        if (random.nextInt(4) == 0) b.header("Accept-Language", headerValue());
        if (random.nextInt(6) == 0) b.header("X-Forwarded-For", headerValue());
        boolean body = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
        if (body) {
            String type = CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)];
            String content = type.startsWith("application/x-www-form")
                    ? (random.nextBoolean() ? "query=" : random.nextBoolean() ? "update=" : "")
                            + URLEncoder.encode(value(), StandardCharsets.UTF_8)
                    : value();
            b.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(content));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpRequest request = b.build();
        HttpResponse<byte[]> r;
        int c = n % clients.size();
        String previous = lastRequest[c];
        lastRequest[c] = method + " " + path + " " + request.headers().map();
        try {
            r = clients.get(c).send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            return "no answer within " + CLIENT_TIMEOUT + ": " + method + " " + path;
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("received no bytes")) {
                // The container closed a kept-alive connection after its last answer, and the client reused it:
                // no fault of the request; send it again once on a new connection.
                try {
                    r = HttpClient.newBuilder()
                            .connectTimeout(CLIENT_TIMEOUT)
                            .build()
                            .send(request, HttpResponse.BodyHandlers.ofByteArray());
                    String problem = check(
                            method,
                            r.statusCode(),
                            r.headers().firstValue("Content-Type").orElse(""),
                            r.body());
                    return problem == null ? null : problem + " for " + method + " " + path + " Accept: " + accept;
                } catch (IOException again) {
                    e = again;
                }
            }
            // A broken answer on a kept-alive connection is usually the previous request's fault.
            return "broken answer after ["
                    + (previous == null
                            ? "nothing"
                            : previous.length() > 300
                                    ? previous.substring(0, 150) + "…" + previous.substring(previous.length() - 150)
                                    : previous)
                    + "] to " + method + " " + path + ": " + e.getMessage();
        }
        String problem = check(
                method, r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        return problem == null ? null : problem + " for " + method + " " + path + " Accept: " + accept;
    }

    /** A value: pieces of SPARQL and hostile strings run together, or a valid query with a few bytes changed. */
    private String value() {
        if (random.nextInt(5) == 0) {
            StringBuilder q = new StringBuilder(VALID);
            for (int i = random.nextInt(4); i >= 0; i--) {
                int at = random.nextInt(q.length());
                if (random.nextBoolean()) q.deleteCharAt(at);
                else q.insert(at, SPARQL_PIECES[random.nextInt(SPARQL_PIECES.length)]);
            }
            return q.toString();
        }
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(12); i >= 0; i--)
            s.append(SPARQL_PIECES[random.nextInt(SPARQL_PIECES.length)]).append(random.nextBoolean() ? " " : "");
        if (random.nextInt(20) == 0) s.append("a".repeat(random.nextInt(30_000)));
        return s.toString();
    }

    /** A value as an HTTP client lets it into a header (visible ASCII only). */
    private String headerValue() {
        String v = value().replaceAll("[^\\x20-\\x7e]", "").strip();
        return v.isEmpty() ? "x" : v;
    }

    private String fill(String template, Function<String, String> encode) {
        String out = template;
        while (out.contains("%s")) out = out.replaceFirst("%s", Matcher.quoteReplacement(encode.apply(value())));
        return out;
    }

    /** Bytes no HTTP client library would send: broken escapes, bare control characters, odd request lines. */
    private String rawCase() throws IOException {
        Target target = TARGETS.get(random.nextInt(TARGETS.size()));
        String path = fill(
                target.template(),
                v -> random.nextBoolean()
                        ? v.replace(" ", "%20").replace("\n", "")
                        : URLEncoder.encode(v, StandardCharsets.UTF_8));
        String[] lines = {
            "GET " + path + " HTTP/1.1",
            "POST " + path + " HTTP/1.1",
            "GET " + path,
            "BREW " + path + " HTTP/1.1",
            "GET " + path + " HTTP/9.9",
            "GET /sparql?query=%E0%A4%A HTTP/1.1"
        };
        String line = lines[random.nextInt(lines.length)];
        StringBuilder req = new StringBuilder(line).append("\r\nHost: localhost\r\nConnection: close\r\n");
        if (random.nextBoolean())
            req.append("Content-Type: ")
                    .append(CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)])
                    .append("\r\n");
        if (random.nextInt(3) == 0)
            req.append("Content-Length: ")
                    .append(random.nextBoolean() ? "-5" : "abc")
                    .append("\r\n");
        if (random.nextInt(3) == 0) req.append("Transfer-Encoding: chunked\r\n");
        req.append("\r\n").append(random.nextBoolean() ? "zz\r\nquery=%ZZ\r\n0\r\n\r\n" : "");
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout((int) CLIENT_TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(req.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            String head = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
            if (head.isEmpty()) return null; // the container may simply close a connection it cannot parse
            if (!head.matches("(?s)HTTP/1\\.[01] \\d{3}.*")) {
                // A request line Tomcat cannot read as HTTP/1.x (no version, or characters a request line may not
                // hold) it answers as HTTP/0.9: the bare body, which must then be its 4xx page.
                boolean bare4xx = head.contains("HTTP Status 4") || !line.contains(" HTTP/");
                return bare4xx
                        ? null
                        : "raw: no status line but [" + head.substring(0, Math.min(80, head.length())) + "] for "
                                + line;
            }
            int status = Integer.parseInt(head.substring(9, 12));
            // 505 is the one right answer to a request line claiming HTTP/9.9.
            if (status >= 500 && !(status == 505 && line.endsWith("HTTP/9.9")))
                return "raw: " + status + " for " + line;
            if (head.contains("Tomcat/") || head.contains("Fuseki -")) return "raw: a version in the answer to " + line;
            return null;
        } catch (SocketTimeoutException e) {
            return "raw: no answer within " + CLIENT_TIMEOUT + " for " + line;
        }
    }

    /** Why the answer is unacceptable, or null. */
    static String check(String method, int status, String contentType, byte[] bytes) {
        if (status >= 500) return "status " + status + " " + new String(bytes, StandardCharsets.UTF_8);
        String body = new String(bytes, StandardCharsets.UTF_8);
        if (body.contains("\tat org.")
                || body.contains("\tat java.")
                || body.contains("Tomcat/")
                || body.contains("Fuseki -")) return "a stack trace or version in the body";
        if (method.equals("HEAD") || bytes.length == 0)
            return status == 200 && !method.equals("HEAD") && !method.equals("OPTIONS") ? "an empty 200" : null;
        String type = contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (type.endsWith("+json") && !type.equals("application/ld+json")) type = "application/json";
        try {
            switch (type) {
                case "application/json", "application/sparql-results+json" -> JSON.parseAny(body);
                case "application/sparql-results+xml", "application/rdf+xml", "application/xml", "text/xml" ->
                    DocumentBuilderFactory.newInstance()
                            .newDocumentBuilder()
                            .parse(new InputSource(new ByteArrayInputStream(bytes)));
                case "text/html" -> {
                    // Case aside: Tomcat's own page for requests it refuses before any servlet (an encoded '/') is
                    // lower case.
                    if (!body.regionMatches(true, 0, "<!DOCTYPE html>", 0, 15)
                            || !body.strip().toLowerCase(Locale.ROOT).endsWith("</html>"))
                        return "HTML that is not a whole page";
                }
                case "text/csv", "text/tab-separated-values", "text/plain" -> {
                    if (body.isBlank()) return "a blank " + type + " body";
                }
                default -> {
                    Lang lang = RDFLanguages.contentTypeToLang(type);
                    if (lang == null) return "an unexpected Content-Type '" + contentType + "'";
                    RDFParser.create()
                            .source(new StringReader(body))
                            .lang(lang)
                            .parse(ModelFactory.createDefaultModel().getGraph());
                }
            }
        } catch (Exception e) {
            return "malformed " + type + " (" + e.getMessage() + ")";
        }
        return null;
    }
}
