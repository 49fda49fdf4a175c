package vn.policykg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import vn.policykg.vocab.Vocab;

/**
 * What each build added, changed or removed, document by document, as legislation.gov.uk's publication log
 * does: the change feed is read from it so other open-data sites can follow us without crawling. Each
 * generation carries the whole log so far ({@value #LOG_FILE}) and the documents it holds with the hash of
 * their source ({@value #DOCUMENTS_FILE}); a build carries the previous generation's log forward and appends.
 * Both files are tab-separated UTF-8, one record per line.
 */
public final class PublicationLog {

    public static final String LOG_FILE = "publication-log.tsv";
    public static final String DOCUMENTS_FILE = "documents.tsv";

    /** What happened to a document in a build. */
    public enum Change {
        ADDED,
        CHANGED,
        REMOVED
    }

    /** A document as a generation holds it: its IRI, title and the SHA-256 of its source file. */
    public record Document(String iri, String title, String sha256) {}

    /** One line of the log. */
    public record Entry(Instant at, String generation, Change change, String iri, String title) {}

    private PublicationLog() {}

    /** Writes {@code gen}'s documents and its log: the previous generation's log plus what changed since it. */
    public static List<Entry> write(
            StoreLayout.Generation gen, StoreLayout.Generation previous, List<Document> documents, Instant at) {
        Map<String, Document> before = previous == null ? Map.of() : documents(previous);
        List<Entry> log = previous == null ? new ArrayList<>() : new ArrayList<>(read(previous));
        Map<String, Document> now = new TreeMap<>();
        documents.forEach(d -> now.put(d.iri(), d));
        List<Entry> added = new ArrayList<>();
        for (Document d : now.values()) {
            Document old = before.get(d.iri());
            if (old == null) added.add(new Entry(at, gen.id(), Change.ADDED, d.iri(), d.title()));
            else if (!old.sha256().equals(d.sha256()))
                added.add(new Entry(at, gen.id(), Change.CHANGED, d.iri(), d.title()));
        }
        for (Document d : before.values())
            if (!now.containsKey(d.iri())) added.add(new Entry(at, gen.id(), Change.REMOVED, d.iri(), d.title()));
        log.addAll(added);
        List<String> logLines = log.stream()
                .map(e -> String.join(
                        "\t", e.at().toString(), e.generation(), e.change().name(), e.iri(), clean(e.title())))
                .toList();
        List<String> docLines = now.values().stream()
                .map(d -> String.join("\t", d.iri(), clean(d.title()), d.sha256()))
                .toList();
        try {
            Files.write(gen.dir().resolve(LOG_FILE), logLines, StandardCharsets.UTF_8);
            Files.write(gen.dir().resolve(DOCUMENTS_FILE), docLines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the publication log of " + gen.dir(), e);
        }
        return added;
    }

    /** The documents whose text is in {@code graph}, with their title and source hash. */
    public static List<Document> documents(Model graph) {
        List<Document> out = new ArrayList<>();
        graph.listSubjectsWithProperty(Vocab.sourceText).forEach(doc -> {
            Statement sha = doc.getPropertyResourceValue(Vocab.sourceText).getProperty(Vocab.sha256);
            String title = doc.listProperties(Vocab.title).toList().stream()
                    .filter(t -> "vi".equals(t.getLanguage()))
                    .map(Statement::getString)
                    .findFirst()
                    .orElse(doc.getURI());
            out.add(new Document(doc.getURI(), title, sha == null ? "" : sha.getString()));
        });
        return out;
    }

    /** The log a generation carries, oldest first; empty for a generation built before logs were kept. */
    public static List<Entry> read(StoreLayout.Generation gen) {
        List<Entry> out = new ArrayList<>();
        for (String[] f : lines(gen.dir().resolve(LOG_FILE), 5))
            out.add(new Entry(Instant.parse(f[0]), f[1], Change.valueOf(f[2]), f[3], f[4]));
        return out;
    }

    private static Map<String, Document> documents(StoreLayout.Generation gen) {
        Map<String, Document> out = new TreeMap<>();
        for (String[] f : lines(gen.dir().resolve(DOCUMENTS_FILE), 3)) out.put(f[0], new Document(f[0], f[1], f[2]));
        return out;
    }

    private static List<String[]> lines(Path file, int fields) {
        if (!Files.isRegularFile(file)) return List.of();
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(l -> l.split("\t", -1))
                    .filter(f -> f.length == fields)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
