package vn.policykg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The text index of a generation is only a view of its TDB2 graph, so when it is missing, damaged or made
 * by another version of the analyzer it is written again from that graph (not from data/) before the
 * generation is served. The new index is written beside the old one and moved into place.
 */
final class TextIndexCheck {

    private static final Logger LOG = LoggerFactory.getLogger(TextIndexCheck.class);

    private TextIndexCheck() {}

    /** Why the index in {@code dir} cannot be served, or empty when it can. */
    static Optional<String> problem(Path dir) {
        if (!Files.isDirectory(dir)) return Optional.of("no index directory " + dir);
        try (FSDirectory directory = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(directory)) return Optional.of("no index in " + dir);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexCommit commit = reader.getIndexCommit();
                String version = commit.getUserData().get(TextIndexDefinition.VERSION_KEY);
                if (!TextIndexDefinition.VERSION.equals(version))
                    return Optional.of(
                            "index version " + version + ", this build writes " + TextIndexDefinition.VERSION);
                if (reader.numDocs() == 0) return Optional.of("the index is empty");
            }
            try (CheckIndex check = new CheckIndex(directory)) {
                check.setChecksumsOnly(true);
                if (!check.checkIndex().clean) return Optional.of("checksums of " + dir + " do not match");
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("the index in " + dir + " cannot be read: " + e);
        }
    }

    /** Rebuilds the index in {@code dir} from {@code graph} if {@link #problem} finds one; true if it did. */
    static boolean repair(Dataset graph, Path dir) {
        Optional<String> problem = problem(dir);
        if (problem.isEmpty()) return false;
        LOG.warn("Text index unusable ({}): rebuilding it from the TDB2 store", problem.get());
        Path fresh = dir.resolveSibling(dir.getFileName() + ".rebuilding");
        StoreLayout.deleteTree(fresh);
        int docs = TextIndexWriter.write(graph, fresh);
        StoreLayout.deleteTree(dir);
        try {
            Files.move(fresh, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the rebuilt text index into " + dir, e);
        }
        LOG.info("Text index rebuilt: {} documents in {}", docs, dir);
        return true;
    }
}
