package vn.policykg;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * ../shared/corpus: real documents nobody here wrote, read where they lie (never copied into the repository).
 * Tests that need them call {@link #require()}, which skips the test with the reason where the folder is absent.
 */
public final class SharedCorpus {

    public static final Path ROOT = Path.of("..", "shared", "corpus");

    private SharedCorpus() {}

    /** The corpus folder (or a folder under it); skips the calling test when it is not there. */
    public static Path require(String... under) {
        Path dir = ROOT.resolve(String.join("/", under));
        assumeTrue(
                Files.isDirectory(dir),
                "needs the shared corpus at " + dir.toAbsolutePath().normalize() + ", which is not here");
        return dir;
    }

    /**
     * {@code folder}, made if needed, with a link named {@code name} to {@code file} of the corpus folder {@code under}:
     * a corpus folder holding that one document, still read where it lies. Skips the calling test as {@link #require}
     * does.
     */
    public static Path linkInto(Path folder, String name, String under, String file) throws IOException {
        Path target = require(under).resolve(file).toAbsolutePath();
        Files.createDirectories(folder);
        Files.createSymbolicLink(folder.resolve(name), target);
        return folder;
    }
}
