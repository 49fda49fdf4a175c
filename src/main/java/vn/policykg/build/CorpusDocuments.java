package vn.policykg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.policykg.read.ReadDocument;
import vn.policykg.read.ReadLimits;
import vn.policykg.read.ReaderRegistry;
import vn.policykg.read.UnreadableFileException;
import vn.policykg.source.PageFurniture;
import vn.policykg.source.ParsedDocument;
import vn.policykg.source.SourceFormatException;
import vn.policykg.source.SourceText;
import vn.policykg.source.StructureRecognizers;

/**
 * The files of the corpus folders: every supported file, found recursively and taken in path order, read,
 * parsed and described from its own header. A file that cannot be read or parsed, or that is not a
 * document (a README, an index), is reported with its place and reason and left out; the others go in.
 * The same document met twice (its text and its PDF) is taken once, from the file that keeps most of it.
 */
final class CorpusDocuments {

    /** A corpus file that became a document. */
    record Ingested(
            Path file,
            String publishedPath,
            ParsedDocument parsed,
            ReadDescription description,
            List<String> readerNotes) {}

    /** What the corpus folders gave: the documents, and the files left out with why. */
    record Gathered(List<Ingested> documents, List<String> leftOut, List<String> report) {}

    /** Formats in the order we prefer them for one document: the PDF keeps table cells, the gazette text does not. */
    private static final List<String> PREFERENCE = List.of("pdf", "docx", "html", "htm", "md", "markdown", "txt");

    private CorpusDocuments() {}

    static Gathered gather(List<Path> dirs, ReaderRegistry readers, ReadLimits limits, Progress progress) {
        List<String> report = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                leftOut.add(dir + ": the corpus folder does not exist");
                continue;
            }
            for (Path file : files(dir)) {
                if (readers.supports(file)) candidates.add(new Candidate(file, published(dir, file)));
                else leftOut.add(file + ": not a format we read (" + ReaderRegistry.extension(file) + ")");
            }
        }
        progress.start("reading and parsing", candidates.size());
        List<Outcome> outcomes = candidates.parallelStream()
                .map(c -> {
                    Outcome o = ingest(c, readers, limits);
                    progress.step();
                    return o;
                })
                .toList();
        Map<String, Ingested> byIdentity = new LinkedHashMap<>();
        for (Outcome o : outcomes) {
            if (o.failure() != null) {
                leftOut.add(o.failure());
                continue;
            }
            Ingested doc = o.document();
            String identity = doc.description().identity().orElse("file|" + doc.publishedPath());
            Ingested earlier = byIdentity.get(identity);
            if (earlier == null) {
                byIdentity.put(identity, doc);
                continue;
            }
            Ingested kept = rank(doc.file()) < rank(earlier.file()) ? doc : earlier;
            Ingested dropped = kept == doc ? earlier : doc;
            byIdentity.put(identity, kept);
            report.add("Same document " + doc.description().label() + " in " + dropped.publishedPath() + " and "
                    + kept.publishedPath() + ": took " + kept.publishedPath());
        }
        return new Gathered(List.copyOf(byIdentity.values()), List.copyOf(leftOut), List.copyOf(report));
    }

    private record Candidate(Path file, String publishedPath) {}

    private record Outcome(Ingested document, String failure) {}

    private static Outcome ingest(Candidate c, ReaderRegistry readers, ReadLimits limits) {
        try {
            ReadDocument read = readers.read(c.file(), limits);
            SourceText src = SourceText.of(read);
            Optional<ReadDescription> description = ReadDescription.of(src);
            if (description.isEmpty())
                return new Outcome(
                        null,
                        c.file()
                                + (onlyFurniture(src)
                                        ? ": no text but page furniture (a scanned PDF without a text layer, or its extracted text)"
                                        : ": not a document (its header names no kind and no number)"));
            ParsedDocument parsed = StructureRecognizers.parse(src);
            return new Outcome(
                    new Ingested(c.file(), c.publishedPath(), parsed, description.get(), read.notes()), null);
        } catch (UnreadableFileException | SourceFormatException e) {
            return new Outcome(null, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A parser fault on one file must not stop the build of the others; the report names it.
            StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            return new Outcome(null, c.file() + ": the parser failed (" + e + (at == null ? "" : " at " + at) + ")");
        }
    }

    /** Fewer characters than this outside page furniture: nothing was read but the furniture. */
    private static final int MIN_TEXT = 300;

    /** Page furniture and next to nothing else: the pages were scanned. */
    private static boolean onlyFurniture(SourceText src) {
        List<String> lines = src.lines().stream().map(SourceText.Line::text).toList();
        PageFurniture.Kind[] kinds = PageFurniture.classify(lines);
        int chars = 0, furniture = 0;
        for (int i = 0; i < lines.size(); i++)
            if (kinds[i] == null) chars += lines.get(i).strip().length();
            else furniture++;
        return furniture > 0 && chars < MIN_TEXT;
    }

    private static int rank(Path file) {
        int i = PREFERENCE.indexOf(ReaderRegistry.extension(file));
        return i < 0 ? PREFERENCE.size() : i;
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the corpus folder " + dir, e);
        }
    }

    /** "nq57/57-NQ-TW….md": the path under the corpus folder, led by the folder's own name. */
    private static String published(Path dir, Path file) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return (name == null ? "" : name + "/")
                + dir.relativize(file).toString().replace('\\', '/');
    }
}
