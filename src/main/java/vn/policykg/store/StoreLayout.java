package vn.policykg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Where store generations live on disk. Each build writes a new generation directory
 * ({@code generations/<id>/tdb2} and {@code generations/<id>/text}) beside the live one; only
 * after it is complete does the {@code CURRENT} file, replaced by an atomic rename, point at it.
 * A build that fails or is killed half-way therefore never changes what {@code CURRENT} names.
 */
public final class StoreLayout {

    private static final String CURRENT = "CURRENT";
    private static final DateTimeFormatter ID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    /** One generation directory. */
    public record Generation(String id, Path dir) {
        public Path tdbDir() {
            return dir.resolve("tdb2");
        }

        public Path textDir() {
            return dir.resolve("text");
        }
        /** The downloadable dumps of the graph ({@link DumpFiles}). */
        public Path dumpsDir() {
            return dir.resolve("dumps");
        }
        /** Written last by a build, so a generation without it is incomplete. */
        public Path completeMarker() {
            return dir.resolve("COMPLETE");
        }

        public boolean isComplete() {
            return Files.isRegularFile(completeMarker());
        }
    }

    private final Path root;

    public StoreLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    private Path generationsDir() {
        return root.resolve("generations");
    }

    /** The generation {@code CURRENT} names, if it exists and is complete. */
    public Optional<Generation> current() {
        Path pointer = root.resolve(CURRENT);
        if (!Files.isRegularFile(pointer)) return Optional.empty();
        try {
            String id = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            Generation gen = generation(id);
            return gen.isComplete() ? Optional.of(gen) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pointer, e);
        }
    }

    private Generation generation(String id) {
        if (!id.matches("[0-9A-Za-z-]+"))
            throw new IllegalStateException("Malformed generation id in " + root.resolve(CURRENT) + ": '" + id + "'");
        return new Generation(id, generationsDir().resolve(id));
    }

    /** A fresh, empty generation directory for a build. */
    public Generation newGeneration() {
        return newGeneration(
                ID_TIME.format(Instant.now()) + "-" + ProcessHandle.current().pid());
    }

    /**
     * A fresh, empty generation directory named {@code id}: a replica keeps its writer's ids, so every replica
     * names a generation alike. What a failed or killed attempt left under that name is removed first.
     */
    public Generation newGeneration(String id) {
        Generation gen = generation(id);
        if (current().filter(c -> c.id().compareTo(id) >= 0).isPresent())
            throw new IllegalStateException("Generation " + id + " is not newer than the current one in " + root);
        deleteTree(gen.dir());
        try {
            Files.createDirectories(gen.tdbDir());
            Files.createDirectories(gen.textDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + gen.dir(), e);
        }
        return gen;
    }

    /** Marks {@code gen} complete and makes it the current generation, atomically. */
    public void publish(Generation gen) {
        try {
            writeDurably(gen.completeMarker(), Instant.now().toString());
            Path tmp = root.resolve(CURRENT + ".tmp");
            writeDurably(tmp, gen.id());
            Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot publish generation " + gen.id(), e);
        }
    }

    /**
     * Deletes generations older than the current one except the {@code keepPrevious} newest complete
     * ones (another process may still be serving them); older incomplete ones are left-overs of failed or
     * killed builds and go. Anything newer than the current one may be a build still running: untouched.
     */
    public void prune(int keepPrevious) {
        Optional<Generation> current = current();
        if (current.isEmpty() || !Files.isDirectory(generationsDir())) return;
        try (Stream<Path> dirs = Files.list(generationsDir())) {
            List<Path> others = dirs.filter(d -> !d.equals(current.get().dir()))
                    .sorted(Comparator.comparing(Path::getFileName).reversed())
                    .toList();
            // Ids sort by time.
            String currentId = current.get().id();
            List<Path> older = others.stream()
                    .filter(d -> d.getFileName().toString().compareTo(currentId) < 0)
                    .toList();
            int kept = 0;
            for (Path old : older) {
                boolean complete = Files.isRegularFile(
                        generation(old.getFileName().toString()).completeMarker());
                if (complete && kept < keepPrevious) kept++;
                else deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prune " + generationsDir(), e);
        }
    }

    /** What fills a new generation: its TDB2 database, opened for writing, and the files beside it. */
    @FunctionalInterface
    public interface GenerationWriter<T> {
        T write(Dataset tdb) throws IOException;
    }

    /**
     * Fills the new generation {@code gen} with {@code writer}, then publishes it and prunes older ones; if the writer
     * fails, {@code gen} is discarded and the failure thrown, and the served generation is untouched either way.
     */
    public <T> T complete(Generation gen, GenerationWriter<T> writer) {
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(gen.tdbDir().toString());
        T result;
        try {
            result = writer.write(DatasetFactory.wrap(tdb));
        } catch (IOException e) {
            TDBInternal.expel(tdb);
            discard(gen);
            throw new UncheckedIOException("Cannot write generation " + gen.id() + ": " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            TDBInternal.expel(tdb);
            discard(gen);
            throw e;
        }
        TDBInternal.expel(tdb);
        publish(gen);
        prune(1);
        return result;
    }

    /** Removes a generation that failed to build. */
    public void discard(Generation gen) {
        deleteTree(gen.dir());
    }

    private static void writeDurably(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        try (FileChannel ch = FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(StandardCharsets.UTF_8.encode(content + "\n"));
            ch.force(true);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir, e);
        }
    }
}
